# Unpacking in assignments and for loops: tuples, lists, strings, nested
# targets, swaps, and unpacking into subscripts.
a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
(x, y), z = [10, 20], 30
print(x, y, z)
[p, (q, r)] = "a", "bc"
print(p, q, r)
first, second = "hi"
print(first, second)
u, v, w = range(3)
print(u, v, w)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
m, n = divmod(47, 5)
print(m, n)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for (a1, b1), c1 in [((1, 2), 3), ((4, 5), 6)]:
    print(a1 + b1 + c1)
for key, value in sorted({"z": 1, "a": 2}.items()):
    print(key, value)
for x, y in zip("abc", range(3)):
    print(x * (y + 1))
lst = [0, 0, 0]
lst[0], lst[2] = "left", "right"
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
i = 0
i, lst[i] = 2, "changed"
print(i, lst)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
matrix = [[1, 2, 3], [4, 5, 6]]
for row in matrix:
    one, two, three = row
    print(three, two, one)
pairs = [(1, 2), (3, 4)]
total = 0
for left, right in pairs:
    total += left * right
print(total)
