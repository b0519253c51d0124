# Augmented assignment on names, subscripts and nested subscripts, for ints,
# floats, strings, lists (in place, visible through aliases) and tuples (new
# object).
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 4; n >>= 1; n |= 3; n &= 14; n ^= 5
print(n)
f = 1.5
f += 1; f *= 3; f /= 2; f -= 0.25; f //= 1; f **= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
xs = [1]
alias = xs
xs += [2, 3]
xs *= 2
print(xs, alias, xs is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
d = {"count": 0, "names": []}
d["count"] += 1
d["count"] += 1
d["names"] += ["x"]
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
grid[0][1] -= 2
grid[1][0] *= 3
print(grid)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0)
    counts[ch] += 1
print(counts)
calls = 0


def index():
    global calls
    calls += 1
    return 0


values = [10]
values[index()] += 1
print(values, "index evaluated", calls, "time")
big = 2 ** 62
big += big
big *= big
print(big)
