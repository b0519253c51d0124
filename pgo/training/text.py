# Training workload: strings (split, join, format, methods, slicing),
# dicts and sets of strings, sorting with keys, str building.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    out = []
    seed = 7
    for i in range(n):
        seed = (seed * 75 + 74) % 65537
        word = WORDS[seed % len(WORDS)]
        if seed % 5 == 0:
            word = word.capitalize()
        out.append(word)
        if seed % 11 == 0:
            out.append("\n")
    return " ".join(out)


def word_counts(text):
    counts = {}
    for line in text.splitlines():
        for word in line.strip().split():
            key = word.lower().strip(".,")
            counts[key] = counts.get(key, 0) + 1
    return counts


def render(counts):
    rows = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append(f"{word:>10} | {n:5d} | {'#' * (n // 200)}")
    return "\n".join(rows)


def caesar(s, k):
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        else:
            tokens.append(("op", c))
            i += 1
    return tokens


def main():
    text = make_text(30000)
    counts = word_counts(text)
    print(len(text), len(counts))
    print(render(counts)[:200])
    secret = caesar(text[:20000], 3)
    print(secret[:60], caesar(secret, 23) == text[:20000])
    src = "x1 = 42 + foo(bar, 7) * (y_2 - 3) / 11\n" * 600
    toks = tokenize(src)
    print(len(toks), toks[:6])
    parts = ["%s=%r" % (k, v) for k, v in list(counts.items())[:10]]
    print(", ".join(parts).upper().replace("A", "4").count("4"))
    print(sorted(sorted(set(text.split())), key=len)[-3:], text.find("omega"), text.rfind("pi"))


for _ in range(6):
    main()
