# Tuples and frozensets hash and compare through their items' own __hash__/__eq__.
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"K({self.v})"


print((K(1),) in {(K(1),)})
print((K(1), "a") in {(K(1), "a"): 1})
print(hash((K(1), 2)) == hash((K(1), 2)), hash((K(1),)) == hash((1,)))
s = set()
for i in range(3):
    s.add((K(i % 2), (K(0),)))
print(len(s))
d = {}
d[(K(5), K(6))] = "first"
d[(K(5), K(6))] = "second"
print(len(d), d[(K(5), K(6))])
print(frozenset([K(1), K(2)]) == frozenset([K(2), K(1)]))
print(frozenset([K(1)]) in {frozenset([K(1)])})
print({K(3), K(4)} == {K(4), K(3)}, {K(3)} <= {K(3), K(4)})
seen = set()
state = (K(0), K(0))
steps = 0
while state not in seen:
    seen.add(state)
    state = (K((state[0].v + 1) % 3), K(0))
    steps += 1
print("steps", steps)


class H:
    __hash__ = None


try:
    hash((1, H()))
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2**70


print(hash(BigHash()) == hash(2**70))
