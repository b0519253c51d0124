# The __eq__/__ne__ methods of strings, bytes and containers answer as ==
# does, and NotImplemented for types they do not compare with.

pairs = [
    ([1, 2], [1, 2]), ([1], [2]), ([1], (1,)),
    ((1, 2), (1, 2)), ((1,), [1]),
    ({1, 2}, {2, 1}), (frozenset([1]), {1}), ({1}, frozenset([2])), (set(), 3),
    ({"a": 1}, {"a": 1}), ({"a": 1}, {"a": 2}), ({}, []),
    ("a", "a"), ("a", "b"), ("a", 1), (b"x", b"x"), (b"x", "x"),
    (bytearray(b"x"), b"x"), (range(3), range(0, 3)),
]
for a, b in pairs:
    print(repr(a), repr(b), a.__eq__(b), a.__ne__(b))
print((1).__eq__(1.0), (1.5).__eq__(1.5), None.__eq__(None))

