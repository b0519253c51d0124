# Sets: construction, membership, algebra (| & - ^), subset tests, methods,
# comprehensions, frozenset, and deterministic printing via sorted().
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(3 in a, 5 in a, len(a), {1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(a | b), a.isdisjoint({9}))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([2, 2, 5])
s.discard(99)
s.remove(5)
print(sorted(s), len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
print(sorted(set("mississippi")), len(set([1, 1.0, True])), set() == set(), {1, 2} == {2, 1})
print(sorted({x % 5 for x in range(20)}), sorted({w[0] for w in ["apple", "avocado", "banana"]}))
words = "the cat and the hat and the bat".split()
print(len(words), len(set(words)), sorted(set(words)))
f = frozenset([1, 2, 3])
print(sorted(f), {f: "frozen key"}[frozenset([3, 2, 1])], f | {4} == {1, 2, 3, 4})
c = a.copy()
c.clear()
print(c, sorted(a), bool(set()), bool({0}))
print({1, 2, 3}, set(), {5})
x = {1, 2, 3}
x |= {4}
x &= {2, 3, 4}
x -= {3}
print(sorted(x), x.pop() in {2, 4})
