# Tuple keys: flat tuples of plain values compare natively; tuples holding
# instances (an __eq__, an IntEnum member) or other tuples still meet
# equal keys of other kinds, as in CPython.
import enum
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v or o == self.v
class Color(enum.IntEnum):
    RED = 1
d = {(1, 2): "flat", (K(1), 2): "inst", ((1, 2), 3): "nested"}
print(d[(1, 2)], d[(K(1), 2)], d[((1, 2), 3)], (1, 2) in d, (K(1), 2) in d)
print(d.get((Color.RED, 2)), d.get((1.0, 2)), d.get((True, 2)))
e = {(Color.RED, 5): "enum"}
print(e.get((1, 5)), e.get((1.0, 5)), (1, 5) in e)
f = {}
f[(1, 2)] = 1; f[(1.0, 2)] = 2; f[(True, 2.0)] = 3
print(f, len(f))
s = {(1, "a"), (1.0, "a"), (K(1), "a")}
print(len(s))
g = {(K(3), 1): 1}
print(g.get((3, 1)), (3, 1) in g)
