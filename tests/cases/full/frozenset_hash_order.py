# frozenset hashes follow CPython's algorithm, so sets of frozensets iterate
# in CPython's order (ints and tuples hash identically in both).
print(hash(frozenset()))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
print(hash(frozenset([(1, 2), 3.5, -1])))
print(hash(frozenset([frozenset()])))
print({frozenset([i, i * 7]) for i in range(12)})
print(list({frozenset({1}), frozenset({2}), frozenset({1, 2}), frozenset()}))

# Deep nesting stays linear: each level hashes from its items' stored hashes.
a = frozenset()
for _ in range(50000):
    a = frozenset([a])
print(hash(a))
