# obj.__class__ = C between classes with the same instance layout: the
# instance takes the new class's methods and keeps its __dict__ (plain
# classes, same __slots__, list subclasses, exception subclasses, a state
# machine that switches back and forth); incompatible layouts still raise.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    def who(self):
        return "P"


class Q:
    def who(self):
        return "Q"


p = P()
p.x = 5
p.__class__ = Q
print(p.who(), type(p).__name__, p.__class__.__name__, p.x, isinstance(p, Q), isinstance(p, P), vars(p))
p.__class__ = P
print(p.who())
for i in range(7):
    p.__class__ = P if i % 2 else Q
print(p.who(), p.x)


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a",)


class S3:
    __slots__ = ("b",)


s1 = S1()
s1.a = 3
s1.__class__ = S2
print(type(s1).__name__, s1.a)
t(lambda: setattr(s1, "__class__", S3))
t(lambda: setattr(s1, "__class__", P))
t(lambda: setattr(p, "__class__", 3))
t(lambda: setattr(p, "__class__", int))


class L(list):
    def total(self):
        return sum(self)


class L2(list):
    def total(self):
        return -sum(self)


l = L([1, 2, 3])
l.__class__ = L2
print(type(l).__name__, l, l.total(), len(l))
t(lambda: setattr(l, "__class__", list))
t(lambda: setattr(l, "__class__", P))


class E1(Exception):
    pass


class E2(Exception):
    def __str__(self):
        return "E2!"


e = E1("m")
e.__class__ = E2
print(repr(e), str(e), e.args)
try:
    raise e
except E2 as x:
    print("caught E2", x)


class Idle:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        self.__class__ = Busy


class Busy(Idle):
    def step(self):
        self.n += 10
        self.__class__ = Idle


m = Idle()
for _ in range(5):
    m.step()
print(m.n, type(m).__name__)


class Base:
    def hello(self):
        return "base " + type(self).__name__


class Child(Base):
    def hello(self):
        return "child/" + super().hello()


b = Base()
b.__class__ = Child
print(b.hello())
