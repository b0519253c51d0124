# Set algebra compares items with their own __eq__: sets of equal frozen
# dataclass instances intersect, subtract and merge as in CPython, in every
# operator, method and in-place form.
from dataclasses import dataclass
from enum import IntEnum


@dataclass(frozen=True)
class P:
    x: int
    y: int


a = {P(1, 2), P(3, 4)}
b = {P(1, 2), P(5, 6)}
print(a & b, a - b, a ^ b, a | b)
print(a.intersection(b), a.difference(b), a.symmetric_difference(b), a.union(b))
print(a.isdisjoint(b), {P(1, 2)} <= a, a.issuperset({P(3, 4)}), {P(1, 2)}.issubset(a))
print(a.intersection([P(3, 4), P(9, 9)]), a.difference([P(3, 4)]), a.union([P(3, 4), P(7, 8)]))
for op in ("&=", "-=", "^=", "|="):
    c = set(a)
    if op == "&=":
        c &= b
    elif op == "-=":
        c -= b
    elif op == "^=":
        c ^= b
    else:
        c |= b
    print(op, c, len(c))
c = set(a)
c.intersection_update(b)
print(c)
c = set(a)
c.difference_update(b, [P(3, 4)])
print(c)
c = set(a)
c.symmetric_difference_update(b)
print(c)
c = set(a)
c.update(b, [P(3, 4)])
print(c, len(c))
print(a == {P(3, 4), P(1, 2)}, frozenset(a) == frozenset({P(3, 4), P(1, 2)}))
print({P(1, 2): 1}.keys() & {P(1, 2)}, {*a, *b})
print(frozenset(a) & b, frozenset(a) | b)


class Q(IntEnum):
    A = 6
    B = 7


print({6, 7} & {Q.A}, {Q.A} & {6, 7}, {6, 7} - {Q.A}, {Q.A} | {6}, {6} | {Q.A})
print({6} == {Q.A}, {Q.A} <= {6, 7}, {6}.issubset({Q.A}), frozenset([6]) == frozenset([Q.A]))
print(P.__hash__.__qualname__, P.__eq__.__qualname__, P.__repr__.__qualname__, P.__init__.__qualname__)
