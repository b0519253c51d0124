# Instances whose class keeps object's __hash__ hash by identity without
# looking __hash__ up; the fact is re-learned when a class dict changes, and
# a __hash__ assigned after __eq__ made the class unhashable is honoured.
class P:
    pass
a, b = P(), P()
d = {a: 1, b: 2}
print(d[a], d[b], hash(a) == hash(a), a in {a}, b not in {a})
P.__hash__ = lambda self: 42
print(hash(a), hash(b), d.get(a))
del P.__hash__
print(hash(a) == id(a) >> 4 or hash(a) != 42, d[a])
class Q(P):
    __hash__ = None
try:
    hash(Q())
except TypeError as e:
    print(e)
class R:
    def __eq__(self, other):
        return True
try:
    {R(): 1}
except TypeError as e:
    print(e)
R.__hash__ = lambda self: 7
print(hash(R()), {R(): 1}[R()])
class S(P):
    pass
s = S()
P.__hash__ = lambda self: 9
print(hash(s), hash((s, 1)) == hash((S(), 1)))
class R:
    def __eq__(self, o):
        return True
R.__hash__ = object.__hash__
r = R()
print(hash(r) == hash(r), {r: 1}[r], frozenset([r]) == frozenset([r]))
class MyInt(int):
    def __eq__(self, o):
        return False
try:
    hash(MyInt(3))
except TypeError as e:
    print(e)
try:
    frozenset([R(), MyInt(1)])
except TypeError as e:
    print(e)
