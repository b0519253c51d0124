# Built-in subclasses: overrides honoured by operators and builtins, super() into built-in methods, __new__ on immutable bases and plain classes, __init__ skipped for non-instances.
class L(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)
    def __len__(self):
        return super().__len__() + 100
l = L([1, 2, 3])
print(l[1], len(l))
l[0] = 5
print(l)
print(list.__len__(l))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = D()
d["A"] = 1
print(d["a"], d["A"], d)
class Pt(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    def __repr__(self):
        return f"Pt(x={self[0]}, y={self[1]})"
    def __add__(self, o):
        return Pt(self[0] + o[0], self[1] + o[1])
print(Pt(1, 2) + Pt(3, 4), Pt(1, 2) == (1, 2), Pt(1, 2) < (1, 3))
class Meters(float):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __str__(self):
        return f"{float(self)}{self.unit}"
m = Meters(2.5)
print(m, m + 1, repr(m), m.unit, round(m))
class Celsius(int):
    def __repr__(self):
        return f"{int(self)}C"
c = Celsius(5)
print(c, [c], c * 2, str(c), "%d" % c, format(c, "03d"))
class Up(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Up("abc")
print(u, u.lower(), u + "d", u[0], u.startswith("A"), type(u).__name__, len(u), u in "xABCx", "B" in u)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
class O:
    pass
o = object.__new__(O)
print(type(o).__name__)
try:
    O(1)
except TypeError as e:
    print(e)
try:
    object.__new__(O, 1)
except TypeError as e:
    print(e)
class LL(list):
    pass
try:
    hash(LL())
except TypeError as e:
    print(e)
print(LL([1]) + LL([2]), type(LL([1]) + LL([2])).__name__, LL([1]) * 2, [0] + LL([1]))
x = LL([3, 1])
x.extend(LL([5]))
print(x, sorted(x), max(x), sum(x), list(reversed(x)), x.index(1), x.count(3), x.pop(), x)
print(dict(D(a=1)), {**D(b=2)}, [*LL([1, 2])], set(LL([1, 1])))
class E(Exception):
    pass
print(E("a", 1), repr(E("a")), isinstance(E(), Exception), E.__mro__[1])
class St(str):
    pass
print(sorted([St("b"), St("a")]), St("x") * 3, "%s!" % St("x"), f"{St('y'):>3}|", int(St("12")), float(St("1.5")))
