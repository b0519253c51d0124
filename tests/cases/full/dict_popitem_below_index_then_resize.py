# popitem() that takes a dict back under the size where it keeps a hash
# index, followed by deletions and enough insertions to resize it: the
# resize must not consult the index the popitem left behind (minipy once
# failed with an internal error here, seen first in a free-threaded
# stress test).
for trailing_holes in range(0, 4):
    for extra in range(0, 30, 3):
        d = {i: i for i in range(12)}
        for k in range(12 - trailing_holes, 12):
            del d[k]
        while len(d) > 6:
            d.popitem()
        del d[0]
        for k in range(100, 100 + extra):
            d[k] = k
        del d[1]
        d["x"] = 1
        print(trailing_holes, extra, list(d.items())[:4], len(d), 5 in d, 100 in d, d.get(99))
s = {i for i in range(12)}
for k in range(9, 12):
    s.discard(k)
while len(s) > 5:
    s.pop()
s.update(range(50, 80))
print(sorted(s)[:8], len(s))
# The shortest case: a resize right after popitem() crossed the threshold.
for n in range(9, 14):
    d = {i: i for i in range(n)}
    for _ in range(4):
        d.popitem()
    del d[0]
    d["x"] = 1
    print(n, d)
