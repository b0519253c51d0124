# Slicing lists, strings and tuples: every combination of omitted bounds,
# negative indices and steps, out-of-range bounds, and empty results.
xs = list(range(10))
s = "0123456789"
t = tuple(xs)
checked = 0
for start in [None, 0, 3, -3, 12, -12]:
    for stop in [None, 0, 7, -2, 15, -15]:
        for step in [None, 1, 2, -1, -3]:
            a = xs[start:stop:step]
            b = s[start:stop:step]
            c = t[start:stop:step]
            if [int(ch) for ch in b] != a or list(c) != a:
                print("MISMATCH", start, stop, step)
            checked += 1
print("checked", checked, "slices of list, str and tuple")
print(xs[::-1], xs[::-2], xs[-1::-3], xs[8:1:-2], xs[1:8:-1], xs[-3:-8:-1])
print(s[::-1], s[5::-1], s[:5:-1], s[-2::-2], s[3:3], s[7:3], s[-1:-1])
print(t[1::4], t[:-7:-2], t[100:], t[-100:2], t[::100], t[::-100])
print("abc"[-10:10], "abc"[1:-1], "abc"[::-1][::-1], ""[::-1], [][5:], ()[::-1])
big = list(range(100))
print(big[10:90:17], big[-1:-100:-25], sum(big[::3]), len(big[::7]), len(big[1::2]))
print(xs[len(xs):], xs[:0], xs[0:1], xs[-1:], xs[9:10], xs[10:11])
nested = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in nested[::-1]], [row[1] for row in nested], nested[1][::2])
print(xs[2:8][::2][::-1], s[1:][1:][1:], xs[:], xs[:] == xs, xs[:] is xs)
