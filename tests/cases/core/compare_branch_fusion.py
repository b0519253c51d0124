# Number compares that decide a branch take the branch themselves (no bool
# pushed): if/while/elif/not/and/or/assert over int, float, mixed int and
# float, NaN and big ints, and compares whose result is kept as a value.
nan = float("nan")
big = 2 ** 70
pairs = [(1, 2), (2, 1), (2, 2), (1.5, 2), (2, 1.5), (2.0, 2), (nan, 1), (1, nan), (nan, nan), (big, 1), (1, big), (-3, -3.0)]
for a, b in pairs:
    out = []
    if a < b:
        out.append("lt")
    elif a > b:
        out.append("gt")
    else:
        out.append("neither")
    if not (a <= b):
        out.append("not-le")
    if a == b or a != a:
        out.append("eq-or-nan")
    if a >= b and b >= a:
        out.append("both-ge")
    kept = a < b
    out.append(str(kept))
    out.append(str(a != b))
    print(a, b, " ".join(out))

count = 0
i = 0
while i < 10:
    if i % 3 == 0:
        count = count + i
    i = i + 1
print("while", count, i)

x = 0.0
while not x >= 2.5:
    x = x + 0.5
print("float while", x)

n = 0
for k in range(20):
    if k > 15:
        break
    if k < 5:
        continue
    n = n + k
print("for", n)
assert 1 < 2, "never"
print("chained", 1 < 2 < 3, 3 > 2 > 2, 1 < 2.5 < big)
