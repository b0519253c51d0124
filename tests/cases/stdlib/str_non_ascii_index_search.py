# Indexing, slicing and searching long non-ASCII text by code point: minipy
# keeps the byte offset of every 64th code point of such a str, and
# find/count/startswith work on a window of it. Every answer must be
# CPython's, on both sides of those milestones.
import random

rng = random.Random(64)
alphabet = "ab\u00e9\u4e2d\U0001f600 \n"
text = "".join(rng.choice(alphabet) for _ in range(700))
n = len(text)
probes = [0, 1, 63, 64, 65, 127, 128, 129, 300, n - 65, n - 64, n - 1]
print(n, [text[i] for i in probes], [text[-i] for i in (1, 64, 65, 300)])
print([text[a:b] for a, b in ((0, 3), (62, 67), (127, 130), (n - 3, n + 5), (-70, -60))])
print(text[::97], text[500:40:-61])
for sub in ("a", "\u00e9", "\u4e2d\U0001f600", " \n", "zz", ""):
    row = []
    for start in (None, 0, 63, 64, 200, -100, -1, n, n + 3):
        row.append((text.find(sub, start), text.rfind(sub, start), text.count(sub, start),
                    text.startswith(sub, start), text.endswith(sub, 0, start)))
    print(repr(sub), row)
for start in range(0, n, 37):
    assert text.find(text[start:start + 3], start) == start
    assert text.startswith(text[start:start + 5], start)
    assert text.index(text[start], start) == start
print(text.count("\u00e9", 10, 500), text.find("b", 100, 110), text.rfind("a", 0, 65), text.endswith(text[-3:]))
print(sum(1 for ch in text if ch == "\U0001f600"), list(enumerate(text))[650:653])
