# Attribute reads and method calls through a class object (`C.X`,
# `C.f(...)`) from one code site, repeated so the site's cache is used:
# plain values, static and class methods, descriptors read through the
# class, inherited names, reassignment and deletion on the class or a
# base, the same site seeing a class and an instance, and the errors.


class Desc:
    def __get__(self, obj, owner):
        return ("desc", obj, owner.__name__)


class Base:
    X = 1
    D = Desc()

    @staticmethod
    def s(a, b):
        return a + b

    @classmethod
    def c(cls, a):
        return (cls.__name__, a)

    def f(self):
        return "f"


class Sub(Base):
    pass


def read_x(k):
    return k.X


def read_d(k):
    return k.D


def call_s(k):
    return k.s(2, 3)


def call_c(k):
    return k.c(4)


out = []
for i in range(6):
    out.append((read_x(Sub), read_d(Sub), call_s(Sub), call_c(Sub), read_x(Base)))
    if i == 2:
        Base.X = "changed"
        Sub.X = "own"
    if i == 4:
        del Sub.X
print(out)

# One site, a class and an instance in turn.
for k in (Base, Base(), Sub, Sub(), Base):
    print(type(k).__name__, read_x(k), call_s(k), call_c(k))

# A function stored on a class is returned as is; called through the class.
for i in range(3):
    print(Sub.f(Sub()), Base.f is Sub.f)

# Replacing a static method with a plain value, then removing it.
for i in range(4):
    try:
        print(call_s(Sub))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    if i == 1:
        Base.s = 5
    if i == 2:
        del Base.s
        try:
            call_s(Sub)
        except AttributeError as e:
            print("AttributeError", e)
        try:
            read_x(int)
        except AttributeError as e:
            print("AttributeError", e)

# Type attributes and metaclass names through the same path.
for i in range(3):
    print(Sub.__name__, Sub.__mro__[1].__name__, Sub.mro()[0].__name__, int.from_bytes(b"\x01\x02", "big"))
