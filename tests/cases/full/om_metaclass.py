# Metaclasses: class keyword arguments, subclassing `type` with __new__,
# __init__ and __call__ overrides, __prepare__, inherited metaclasses,
# methods and properties of the metaclass seen on the class.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, [k for k in ns if not k.startswith("__")], kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(kw))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return f"{cls.__name__} tagged {cls.tag}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class A(metaclass=Meta, tag="a"):
    x = 1

    def __init__(self, v=0):
        self.v = v

    def f(self):
        return self.v * 2


class B(A):
    y = 2


print(type(A) is Meta, type(B) is Meta, isinstance(A, type), isinstance(A, Meta))
print(A.tag, B.tag, A.describe(), B.upper_name)
a = A(5)
print(a.f(), type(a).__name__, isinstance(a, A))
b = B(v=3)
print(b.f(), B.__mro__)
print(Meta.__mro__)


# A registry metaclass and a singleton metaclass.
class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes.append(name)


class Plugin(metaclass=Registry):
    pass


class P1(Plugin):
    pass


class P2(Plugin):
    pass


print(Registry.classes)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")


print(Config() is Config(), Config() is Config())


# A class-level container protocol on the metaclass.
class Listing(type):
    def __iter__(cls):
        return iter(cls._items)

    def __len__(cls):
        return len(cls._items)

    def __getitem__(cls, i):
        return cls._items[i]

    def __contains__(cls, x):
        return x in cls._items

    def __repr__(cls):
        return f"<listing {cls.__name__}>"


class Colors(metaclass=Listing):
    _items = ["red", "green"]


print(list(Colors), len(Colors), Colors[1], "red" in Colors, "blue" in Colors)
print(Colors, repr(Colors), str(Colors), [Colors])


# __prepare__ supplies the namespace the body runs in.
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


class Q(metaclass=Prep, option=True):
    seen = injected + 1


print(Q.injected, Q.seen)


# A plain function as metaclass.
def make(name, bases, ns):
    ns["made_by"] = "make"
    return type(name, bases, ns)


class F(metaclass=make):
    pass


print(F.made_by, type(F))

# type(name, bases, dict) keeps the bases' metaclass.
Dyn = type("Dyn", (A,), {"z": 3})
print(type(Dyn).__name__, Dyn.z)
Dyn2 = Meta("Dyn2", (), {"w": 4})
print(type(Dyn2).__name__, Dyn2.w, Dyn2.tag)


# A metaclass conflict is CPython's TypeError.
class M1(type):
    pass


class M2(type):
    pass


class C1(metaclass=M1):
    pass


class C2(metaclass=M2):
    pass


try:
    class C3(C1, C2):
        pass
except TypeError as e:
    print("TypeError:", e)


# __class__ cells work through a metaclass.
class WithSuper(A):
    def f(self):
        return super().f() + 100


print(WithSuper(1).f())
