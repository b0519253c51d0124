# Tuples and lists compare item by item: the first pair that differs
# decides, by that pair's own comparison. Ints, bools, floats and strings
# are the usual items of a sort key; these check each of them, their
# mixes, NaN, signed zeros and items whose class defines the comparison.
ops = [
    ("<", lambda a, b: a < b),
    ("<=", lambda a, b: a <= b),
    (">", lambda a, b: a > b),
    (">=", lambda a, b: a >= b),
    ("==", lambda a, b: a == b),
    ("!=", lambda a, b: a != b),
]


def table(a, b):
    return " ".join(name + ("T" if f(a, b) else "F") for name, f in ops)


pairs = [
    ((1, 2), (1, 3)),
    ((True, 5), (1, 5)),
    ((False, 9), (0, 1)),
    ((1, True), (1, 2)),
    ((2.5, "a"), (2.5, "b")),
    ((-0.0, 1), (0.0, 1)),
    ((1, 2.0), (1, 2)),
    ((1, 10**30), (1, 10**30 + 1)),
    (("abc", 1), ("abd", 0)),
    (("é", 1), ("z", 1)),
    (("a", "ß"), ("a", "ü")),
    (("", 1), ("a",)),
    ((1, 2), (1, 2, 0)),
    ((1, (2, 3)), (1, (2, 4))),
    ([1, "x", 3.0], [1, "x", 2.5]),
    ([True, False], [True, True]),
    ((None, 1), (None, 2)),
]
for a, b in pairs:
    print(a, b, table(a, b))

nan = float("nan")
print(table((nan, 1), (nan, 2)), table((nan,), (nan,)))
print(table([1.0, nan], [1.0, 0.0]), table((2.0, nan), (1.0, nan)))


class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


print((Rev("a"), 1) < (Rev("b"), 1), (Rev("b"),) < (Rev("a"),))
print(Rev("a") < Rev("b"), str.__gt__(Rev("a"), Rev("b")), str.__lt__("a", 1))


# A subclass's operator calling the built-in type's own method on itself
# (the usual way to extend it) gets the built-in answer, not itself again.
class Count(int):
    def __add__(self, other):
        return Count(int.__add__(self, other))

    def __lt__(self, other):
        return int.__gt__(self, other)


c = Count(3) + 4
print(type(c).__name__, c, Count(1) < Count(2), sorted([Count(1), Count(3), Count(2)]))
print(sorted([(Count(1), "a"), (Count(2), "b")]), int.__lt__(1, "a"), int.__add__(Count(2), 5))


class Noisy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


print((1, Noisy(2), 3) < (1, Noisy(2), 4))
print((0, Noisy(5)) > (0, Noisy(1)))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [None, 1] < [None, 2]
except TypeError as e:
    print("TypeError:", e)

records = [(i % 3 == 0, (i * 7) % 5, -i * 0.5, "n%02d" % (i % 11)) for i in range(30)]
print(sorted(records)[:4])
print(sorted(records, reverse=True)[:3])
print(max(records), min(records))
print(sorted([[2, "b"], [1, "z"], [2, "a"], [1, "y"]]))
