# Sets iterate, print and pop in CPython's order: the order of CPython's
# open-addressing table, which depends on hashes, table size and history.
print({3, 1, 2})
print(set([5, 3, 1]), {100, 5, 37, 64}, {-1, -2, 7})
x = 4
print({x, 12, 8, 0})  # built element by element
print({64, 1.5, 2 ** 61, 1571, 1984, 32, 8, 43, 51, 52, 1558, 24, -2})  # a folded constant

s = {2, 3, 4}
s.remove(2)
s.remove(3)
s.add(10)
s.add(18)  # reuses the last deleted slot it passed
print(s)

s = {1, 2, 3, 4, 5}
print(s.pop(), s.pop(), s)
s.add(9)
print(s)

a = {5, 1, 9}
b = {9, 2, 17}
print(a | b, a & b, a - b, a ^ b, b - a, b & a)
print(a.union([33, 8]), a.intersection([9, 5]), a.difference([1]), a.symmetric_difference([1, 40]))
c = set(a)
c |= {70, 6}
c -= {5}
c ^= {9, 23}
c &= {1, 6, 70, 23, 100}
print(c)
c -= c
c.add(11)
print(c)

for v in {10, 20, 30, 40, 50}:
    print(v, end=" ")
print()
print([v * 2 for v in {24, 8, 16}])
print({v for v in range(30, 0, -4)})
print({*range(5), *[40, 33]}, {*{40, 33, 9}})
d = {5: "a", 3: "b", 1: "c", 17: "d"}
print(set(d), d.keys() & {17, 1}, d.keys() | {100, 2})
print(list({64, 1, 32}), tuple(frozenset([96, 32, 0])))
print({(1, 2), (2, 1), (0, 0)}, {0.5, 1.5, 0.25})
print({frozenset({1}), frozenset({2}), frozenset({1, 2}), frozenset()})

big = set(range(0, 3000, 7))
for k in range(0, 3000, 21):
    big.discard(k)
print(len(big), list(big)[:12])
