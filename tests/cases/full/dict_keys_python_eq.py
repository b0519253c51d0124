# Dict and set lookups find keys that only a Python __eq__ finds equal: an
# IntEnum member looked up by its int (and back), instances with __eq__ and
# __hash__ looked up by a plain value, in every dict and set operation.
from enum import IntEnum


class Q(IntEnum):
    A = 6
    B = 7


d = {Q.A: 1}
print(d[6], 6 in d, Q.B in {7: 'x'}, d.get(6), d.setdefault(6, 9), d)
d[6] = 2
print(d)
print(d.pop(6), d)
s = {Q.A}
s.add(6)
print(s, 6 in s)
s.discard(6)
print(s)
s = {Q.A, Q.B}
s.remove(7)
print(s)
print({6: 'a'}[Q.A], (6,) in {(Q.A,)}, {(Q.A, 1): 2}[(6, 1)])
print(dict.fromkeys([Q.A, 6]), {Q.A: 1, 6: 2}, set([Q.A, 6]), {Q.A, 6})
print((6, 1) in {Q.A: 1}.items())


class E:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, E) else other)

    def __repr__(self):
        return f"E({self.v})"


print({E(5): 1}.get(5), 5 in {E(5)}, E(5) in {5: 0}, {E(5): 1}.get(E(5)), {5: 'x'}.get(E(5)))
d = {E(1): 'a'}
d[1] = 'b'
print(d)
d.update([(1, 'c')])
print(d)
d.update({1: 'd'})
print(d)
del d[1]
print(d)
print({E(2)} == {2}, {2} == {E(2)}, frozenset([E(3)]) == frozenset([3]))
try:
    {E(1): 0}[2]
except KeyError as e:
    print("KeyError", e)


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


# A __hash__ result that fits a machine word is used as it is; -1 becomes -2.
print(hash(H(2 ** 62)), hash(H(-1)), hash(H(-2 ** 63)), hash(H(2 ** 64)), hash(H(True)))
