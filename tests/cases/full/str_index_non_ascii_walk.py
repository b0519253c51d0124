# str: indexing and slicing non-ASCII text of every UTF-8 width, walked
# forward, backward and at random, short and long (past the 64-code-point
# milestones), including slices that end inside the next milestone.
pieces = ["a", "é", "ß", "€", "中", "𝄞", "😀", "z", "\u0301", "ы"]
texts = []
for n in (1, 7, 8, 9, 63, 64, 65, 200, 1000):
    t = "".join(pieces[(i * 7 + n) % len(pieces)] for i in range(n))
    texts.append(t)
texts.append("plain ascii then é" * 20)
texts.append("😀" * 150 + "abc" + "é" * 70)

seed = 12345


def next_int(limit):
    global seed
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    return seed % limit


for t in texts:
    n = len(t)
    forward = "".join(t[i] for i in range(n))
    backward = "".join(t[i] for i in range(n - 1, -1, -1))
    negative = "".join(t[-i] for i in range(1, n + 1))
    steps = [t[i:i + 1] for i in range(0, n, 3)]
    chunks = [t[i:i + 5] for i in range(0, n, 5)]
    wide = [t[i:i + 70] for i in range(0, n, 61)]
    picks = []
    for _ in range(50):
        a = next_int(n + 3)
        b = next_int(n + 3)
        picks.append(t[a] if a < n else t[a % n - n])
        picks.append(t[min(a, b):max(a, b)])
        picks.append(t[a:b:2] + t[b:a:-3])
    print(n, forward == t, backward == t[::-1], negative == t[::-1],
          "".join(steps) == t[::3], "".join(chunks) == t, len(wide),
          [len(w) for w in wide][:5], sum(ord(c) * (i + 1) for i, c in enumerate("".join(picks))) % 1000003)
    print(ascii(t[:12]), ascii(t[n // 2:n // 2 + 3]), ascii(t[-5:]), t.find("中"), t.rfind("😀"))
