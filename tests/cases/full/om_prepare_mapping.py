# A metaclass __prepare__ returning a dict subclass or any mapping: the
# class body's stores, loads and deletes go through its __setitem__,
# __getitem__ (KeyError falls back to globals and builtins) and __delitem__,
# so a namespace can record definition order, refuse duplicates or invent
# values; type.__new__ still wants a dict; enum resolves auto() in the body.
import enum


class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recorder()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls._order = ns.order
        return cls


class A(metaclass=Meta):
    z = 1
    a = 2

    def m(self):
        pass

    b: int = 3


print(A._order, A.z, A.__annotations__, type(A.__dict__).__name__)


class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"{k!r} already defined")
        super().__setitem__(k, v)


class DMeta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return NoDup()


try:

    class B(metaclass=DMeta):
        x = 1
        x = 2

except TypeError as e:
    print("TypeError:", e)


class Auto:
    def __init__(self):
        self.n = 0
        self.d = {}

    def __getitem__(self, k):
        if k in self.d:
            return self.d[k]
        if k.startswith("__") or k in ("print", "len", "NameError"):
            raise KeyError(k)
        self.n += 1
        self.d[k] = self.n
        return self.n

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]


class AMeta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return Auto()

    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, dict(ns.d))


class E(metaclass=AMeta):
    RED
    GREEN
    BLUE = RED + GREEN + 10
    print(len("ab"))
    tmp = 1
    del tmp
    try:
        del nothere
    except NameError as e:
        print(e)


print(E.RED, E.GREEN, E.BLUE, hasattr(E, "tmp"))


class BadMeta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return 42


try:

    class F(metaclass=BadMeta):
        pass

except TypeError as e:
    print(e)


class WMeta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return Auto()


try:

    class G(metaclass=WMeta):
        x = 1

except TypeError as e:
    print(e)


class CMeta(type):
    @classmethod
    def __prepare__(m, name, bases):
        return Recorder()


class H(metaclass=CMeta):
    def f(self):
        return __class__


print(H().f() is H, H.__qualname__, H.__module__)


class Color(enum.Enum):
    RED = enum.auto()
    GREEN = enum.auto()
    BOTH = RED + GREEN


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    RW = R | W


class T(enum.Enum):
    A = (1, enum.auto())
    B = enum.auto()


print(list(Color), list(Perm), Perm(3), list(T))
try:

    class Dup(enum.Enum):
        A = 1
        A = 2

except TypeError as e:
    print(e)
try:

    class Dup2(enum.Enum):
        A = 1

        def A(self):
            pass

except TypeError as e:
    print(e)
