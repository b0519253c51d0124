# __slots__ member descriptors: C.x is <member 'x' of 'C' objects>, with
# __get__/__set__/__delete__, __name__ and __objclass__; unset slots raise
# AttributeError (and reach __getattr__); inherited slots; object.__setattr__
# onto slots; "__dict__" and "__weakref__" entries; CPython's errors.
import weakref


class C:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


print(C.x, type(C.x).__name__, vars(C)["x"])
c = C()
print(C.x.__get__(c), C.x.__get__(None, C) is C.x)
try:
    c.y
except AttributeError as e:
    print(e)
try:
    c.z = 3
except AttributeError as e:
    print(e)
try:
    C.y.__get__(c)
except AttributeError as e:
    print(e)
C.y.__set__(c, 5)
print(c.y)
C.y.__delete__(c)
try:
    c.y
except AttributeError as e:
    print(e)
try:
    del c.y
except AttributeError as e:
    print("AttributeError", e)
object.__setattr__(c, "y", 9)
print(c.y, getattr(C(), "y", "default"), hasattr(C(), "y"))
try:
    object.__setattr__(c, "q", 9)
except AttributeError as e:
    print(e)
print(hasattr(c, "__dict__"), C.__slots__)


class D(C):
    __slots__ = ("z",)


d = D()
d.z = 1
d.x = 2
print(d.x, d.z, D.x, D.z)
try:
    d.w = 1
except AttributeError as e:
    print(e)


class E(C):
    pass


e = E()
e.w = 1
e.x = 5
print(e.x, e.w)


class F:
    __slots__ = ("a", "__dict__")


f = F()
f.a = 1
f.b = 2
print(f.a, f.b, F.a)


class G:
    __slots__ = ("a", "__weakref__")


g = G()
r = weakref.ref(g)
print(r() is g)
try:

    class H:
        __slots__ = ("x",)
        x = 1

except ValueError as e:
    print(e)
print(C.x.__name__, C.x.__objclass__, repr(D.z))
print(sorted(k for k in vars(C) if not k.startswith("__")))


class S:
    __slots__ = "__priv"

    def __init__(self):
        self.__priv = 3


print(S()._S__priv, S._S__priv)
try:
    C.x.__get__(1)
except TypeError as e:
    print(e)
try:
    C.x.__set__(object(), 1)
except TypeError as e:
    print(e)


class T:
    __slots__ = ()


try:
    T().a = 1
except AttributeError as e:
    print(e)


class Fallback:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return "fallback " + name


fb = Fallback()
print(fb.v, fb.other)
fb.v = 1
print(fb.v)
