# Multiple inheritance: C3 linearisation, __mro__, mro(), cooperative super().
class A:
    def hello(self):
        return ["A"]

    def who(self):
        return "A"


class B(A):
    def hello(self):
        return ["B"] + super().hello()


class C(A):
    def hello(self):
        return ["C"] + super().hello()

    def who(self):
        return "C"


class D(B, C):
    def hello(self):
        return ["D"] + super().hello()


def names(seq):
    return [k.__name__ for k in seq]


print(names(D.__mro__))
print(names(D.mro()))
print(D().hello(), D().who())
print(super(B, D()).hello(), super(C, D()).who())
print(D.__bases__ == (B, C), D.__base__ is B, A.__base__ is object)
print(isinstance(D(), C), issubclass(D, A), issubclass(C, B))


# The classic example from the C3 paper.
class O:
    pass


class F(O):
    pass


class E(O):
    pass


class Dd(O):
    pass


class Cc(Dd, F):
    pass


class Bb(Dd, E):
    pass


class Aa(Bb, Cc, E):
    pass


print(names(Aa.__mro__))


# Cooperative __init__ with keyword arguments passed along the MRO.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]


class Left(Base):
    def __init__(self, left=0, **kw):
        super().__init__(**kw)
        self.left = left
        self.log.append("Left")


class Right(Base):
    def __init__(self, right=0, **kw):
        super().__init__(**kw)
        self.right = right
        self.log.append("Right")


class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Both")


b = Both(left=1, right=2)
print(b.left, b.right, b.log)


# Mixins overriding __repr__ and a method of a later base.
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({self.describe()})"


class Thing:
    def describe(self):
        return "thing"


class LoudMixin:
    def describe(self):
        return super().describe().upper()


class Loud(ReprMixin, LoudMixin, Thing):
    pass


print(repr(Loud()), names(Loud.__mro__))


# Exceptions with several bases.
class AppError(Exception):
    pass


class NotFound(AppError, KeyError):
    pass


try:
    raise NotFound("k")
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, isinstance(e, AppError), isinstance(e, LookupError))

for bad in ["dup", "order", "bool"]:
    try:
        if bad == "dup":

            class X(A, A):
                pass

        elif bad == "order":

            class Y(A, B):
                pass

        else:

            class Z(bool):
                pass

    except TypeError as e:
        print("TypeError:", e)
try:

    class W(D, C, B):
        pass

except TypeError as e:
    print("TypeError:", e)
