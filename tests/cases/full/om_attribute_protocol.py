# The attribute protocol: data and non-data descriptors, __set_name__, property deleters, __getattribute__ with __getattr__ fallback, __setattr__/__delattr__, hasattr/getattr default, object() has no __dict__.
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("need int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting")
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class C:
    x = Typed()
    def __init__(self):
        self.x = 5
    @Lazy
    def big(self):
        print("computing")
        return 99
    @property
    def p(self):
        return self._p
    @p.setter
    def p(self, v):
        self._p = v
    @p.deleter
    def p(self):
        print("del p")
        del self._p
c = C()
print(c.x, type(C.__dict__["x"]).__name__)
try:
    c.x = "a"
except TypeError as e:
    print(e)
del c.x
print(c.big, c.big)
c.p = 3
print(c.p)
del c.p
print(hasattr(c, "_p"))
class G:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
g = G()
g.y = 1
print(g.magic, g.y, g.zz, getattr(g, "q", "d"), hasattr(g, "anything"))
class NoSet:
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print("del", n)
        object.__delattr__(self, n)
n = NoSet()
n.a = 1
del n.a
print(vars(n))
try:
    object().a = 1
except AttributeError as e:
    print(e)
class Strict:
    def __getattr__(self, name):
        raise AttributeError(name)
print(getattr(Strict(), "nope", "default"), hasattr(Strict(), "nope"))
