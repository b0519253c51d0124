# Instantiating a class remembers where its __init__ is and how many
# attributes the last instance got: every change to the class, a base, or
# the instance's own attributes must still be seen on the next call.
import sys


class Base:
    def __init__(self, x):
        self.x = x


class Child(Base):
    pass


def make(cls, n):
    return [cls(i) for i in range(n)]


print([c.x for c in make(Child, 3)])


# A new __init__ on the base reaches the subclass at once.
def base_init(self, x):
    self.x = -x
    self.extra = "base"


Base.__init__ = base_init
print([(c.x, c.extra) for c in make(Child, 3)])

# An own __init__ on the subclass hides the base's.
Child.__init__ = lambda self, x: setattr(self, "x", x * 10)
print([vars(c) for c in make(Child, 2)])
del Child.__init__
print([vars(c) for c in make(Child, 2)])


# __init__ replaced by something that is not a function: a callable
# instance (called without the new instance, as it is no descriptor), one
# with __get__, then a staticmethod that refuses the call.
class Recorder:
    def __call__(self, x):
        print("Recorder called with", x)


Base.__init__ = Recorder()
print([vars(c) for c in make(Child, 2)])


class Binder:
    def __get__(self, obj, owner):
        return lambda x: setattr(obj, "bound", (owner.__name__, x))


Base.__init__ = Binder()
print([vars(c) for c in make(Child, 2)])
Base.__init__ = staticmethod(lambda x: None)
try:
    Child(1)
except TypeError as e:
    print("TypeError:", e)


# Instances that grow past what __init__ set, and fewer than last time.
class Grows:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


for n in (1, 5, 20, 2, 0):
    g = Grows(n)
    g.late = n
    print(n, len(vars(g)), list(vars(g))[-2:])


# A class whose __new__ is added after it was instantiated in place.
class LateNew:
    def __init__(self, v):
        self.v = v


print(LateNew(1).v)


def late_new(cls, v):
    obj = object.__new__(cls)
    obj.made_by_new = True
    return obj


LateNew.__new__ = late_new
print(vars(LateNew(2)))


# __init__ that returns a value, after the remembered path ran.
class Returns:
    def __init__(self):
        self.ok = True


print(Returns().ok)
Returns.__init__ = lambda self: 5
try:
    Returns()
except TypeError as e:
    print("TypeError:", e)


# A recursive constructor still counts toward the recursion limit.
class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None


sys.setrecursionlimit(200)
try:
    Chain(500)
except RecursionError as e:
    print("RecursionError:", e)
print(Chain(50).next.next is not None)


# A property as __init__: its value for the new instance is what is called,
# with the arguments and without the instance.
class ByProperty:
    def _make_init(self):
        def init(x, *, scale=1):
            self.x = x * scale

        return init

    __init__ = property(_make_init)


print(ByProperty(5).x, ByProperty(5, scale=3).x)
