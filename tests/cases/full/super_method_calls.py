# `super().name(...)`: the eval loop finds the method without making a
# super object when `super` is the built-in and the method is a plain
# function; every other case (a class method, a property, a static
# method, a shadowed `super`, a receiver of the wrong class) takes the
# general path. Both must agree with CPython.
class Base:
    def __init__(self, x):
        self.x = x

    def describe(self, tag):
        return f"Base({self.x}) {tag}"

    @classmethod
    def make(cls, *args):
        return cls(*args)

    @staticmethod
    def helper(n):
        return n * 2

    @property
    def twice(self):
        return self.x * 2


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def describe(self, tag):
        return "Child " + super().describe(tag) + f" y={self.y}"

    @classmethod
    def make(cls, x):
        return super().make(x, 7)

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)

    def helper_twice(self, n):
        return super().helper(n)

    @property
    def twice(self):
        return super().twice + 1


class Grand(Child):
    def describe(self, tag):
        return "Grand " + super().describe(tag.upper())


c = Child(1, 2)
print(c.describe("t"), Grand(3, 4).describe("g"))
print(type(Child.make(5)).__name__, Grand.make(6).y, c.helper_twice(21), c.twice)
m = super(Child, c).describe
print(m("bound"), super(Child, c).__thisclass__.__name__)


# A method moved onto an unrelated class: its `__class__` is not the
# receiver's, and super() says so.
class Unrelated:
    describe = Child.describe


try:
    Unrelated().describe("x")
except TypeError as e:
    print("TypeError:", e)


# A name missing along the MRO.
class Lonely:
    def go(self):
        return super().go()


try:
    Lonely().go()
except AttributeError as e:
    print("AttributeError:", e)


# `super` rebound in the module: the call is to whatever it names.
def fake_super(*args):
    print("fake_super called with", len(args), "arguments")
    return Base(9)


class UsesShadow(Base):
    def describe(self, tag):
        return super().describe(tag)


real_super = super
super = fake_super
print(UsesShadow(0).describe("shadowed"))
super = real_super
print(UsesShadow(0).describe("restored"))


# Methods added to a base class later are found.
class Late(Base):
    def extra(self):
        return super().extra()


Base.extra = lambda self: "late extra"
print(Late(1).extra())
del Base.extra
try:
    Late(1).extra()
except AttributeError as e:
    print("AttributeError:", e)


# Deep super() chains and a generator method.
class A0:
    def f(self):
        return ["A0"]


class A1(A0):
    def f(self):
        return ["A1"] + super().f()


class A2(A1):
    def f(self):
        return ["A2"] + super().f()

    def gen(self):
        yield from super().f()


print(A2().f(), list(A2().gen()))


# One class statement run twice: two classes share each method's code.
def make_pair(tag):
    class Base2:
        def who(self):
            return "base " + tag

    class Kid(Base2):
        def who(self):
            return "kid/" + super().who()

    return Kid


K1, K2 = make_pair("one"), make_pair("two")
print(K1().who(), K2().who(), K1().who(), K2().who())
try:
    K2.who(K1())
except TypeError as e:
    print("TypeError:", e)


# A diamond: what follows a class depends on the receiver's MRO.
class Top:
    def f(self):
        return ["Top"]


class Left(Top):
    def f(self):
        return ["Left"] + super().f()


class Right(Top):
    def f(self):
        return ["Right"] + super().f()


class Bottom(Left, Right):
    def f(self):
        return ["Bottom"] + super().f()


for obj in (Left(), Bottom(), Right(), Bottom(), Left()):
    print(obj.f())
