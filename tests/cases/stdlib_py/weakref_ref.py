# weakref.ref: the object, None once it is gone, callbacks, errors
import weakref
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
a = A(1)
r = weakref.ref(a)
print(r() is a, r(), weakref.ref(a) is r, r.__callback__)
del a
print(r())
def cb(ref):
    print("callback", ref() is None, ref is r2)
b = A(2)
r2 = weakref.ref(b, cb)
print(r2.__callback__ is cb)
b = None
print("after")
print(r2.__callback__)
for o in [1, "s", b"", [], {}, (), None, 1.5, object(), ValueError()]:
    try:
        weakref.ref(o)
    except TypeError as e:
        print(e)
class I(int): pass
class S: __slots__ = ("x",)
class S2: __slots__ = ("x", "__weakref__")
class L(list): pass
for o in [I(3), S(), S2(), L(), len, {1}, frozenset(), A, cb, A(3).__repr__]:
    try:
        w = weakref.ref(o); print("ok", type(o).__name__, w() is o)
    except TypeError as e:
        print(e)
x = A(4); y = A(4)
rx = weakref.ref(x); ry = weakref.ref(y)
print(rx == ry, rx != ry, rx == weakref.ref(x), isinstance(rx, weakref.ref), type(rx))
class H:
    def __hash__(self): return 42
h = H(); rh = weakref.ref(h)
print(hash(rh)); del h; print(hash(rh))
z = H(); rz = weakref.ref(z); del z
try:
    hash(rz)
except TypeError as e:
    print(e)
print(repr(rz).endswith("; dead>"))
# callbacks run newest first
def mk(tag):
    return lambda r: print("cb", tag)
c = A(5)
keep = [weakref.ref(c, mk(1)), weakref.ref(c, mk(2))]
del c
print("end")
