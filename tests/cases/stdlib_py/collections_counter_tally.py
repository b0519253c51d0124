# Counting an iterable (Counter(items), update(items)) is native: plain
# counts, non-int counts, subclasses that override get or __setitem__,
# unhashable items and an iterable that fails part-way.
from collections import Counter

print(Counter("abracadabra").most_common(3), Counter([1, 2.0, 1.0, True, "x"]))
c = Counter(a=1.5, b=-2)
c.update("aab")
print(c)
big = Counter()
big["n"] = 2 ** 63 - 1
big.update(["n", "n"])
print(big)


class Loud(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


class Offset(Counter):
    def get(self, key, default=None):
        return super().get(key, 10)


print(Loud("aba"), Offset("aba"))
try:
    Counter([[1]])
except TypeError as e:
    print("TypeError", e)


def items():
    yield "x"
    yield "y"
    raise ValueError("stop")


partial = Counter()
try:
    partial.update(items())
except ValueError as e:
    print("ValueError", e, partial)
print(Counter(map(len, ["a", "bb", "cc", "ddd"])), sum(Counter(range(1000)).values()))
