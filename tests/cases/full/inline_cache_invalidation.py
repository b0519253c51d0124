# Attribute, method and global lookups stay right when what they found
# changes after the same instruction ran many times: methods redefined on
# the class, instance attributes shadowing class ones, globals rebound by
# another function, builtins shadowed by a later global, base class
# attributes changed, properties and descriptors added, setattr/delattr,
# __dict__ writes, __setattr__ added later, and instances of different
# classes (or with attributes in different orders) at one instruction.


class Base:
    kind = "base-kind"

    def greet(self):
        return "base"


class Child(Base):
    def __init__(self, n):
        self.n = n

    def greet(self):
        return "child"


def greet_all(objs):
    return [o.greet() for o in objs]


def kinds(objs):
    return [o.kind for o in objs]


objs = [Child(i) for i in range(20)]
print(greet_all(objs)[:2], kinds(objs)[:2])

# A method redefined on the class after warm-up.
Child.greet = lambda self: "redefined"
print(greet_all(objs)[:2])
del Child.greet
print(greet_all(objs)[:2])

# A class attribute changed on a base class after warm-up.
Base.kind = "new-base-kind"
print(kinds(objs)[:2])
Child.kind = "child-kind"
print(kinds(objs)[:2])
del Child.kind
print(kinds(objs)[:2])
setattr(Base, "greet", lambda self: "setattr-base")
print(greet_all(objs)[:2])

# An instance attribute shadowing a class attribute / method after warm-up.
objs[1].kind = "instance-kind"
objs[1].greet = lambda: "instance-greet"
print(kinds(objs)[:3], greet_all(objs)[:3])
del objs[1].kind
del objs[1].greet
print(kinds(objs)[:3], greet_all(objs)[:3])

# Writes through __dict__ and vars() are seen by cached loads.
def read_n(objs):
    return [o.n for o in objs]


print(read_n(objs)[:3])
objs[0].__dict__["n"] = "via-dict"
vars(objs[2])["n"] = "via-vars"
print(read_n(objs)[:3])
del objs[0].__dict__["n"]
try:
    read_n(objs)
except AttributeError as e:
    print("AttributeError:", e)
objs[0].n = 0


# Attributes in different orders in different instances (one instruction).
class Bag:
    pass


def make(order):
    b = Bag()
    for name in order:
        setattr(b, name, name.upper())
    return b


bags = [make("abc"), make("cab"), make("bca"), make("cb")]
for _ in range(3):
    print([(b.a if hasattr(b, "a") else "-", b.c) for b in bags])
bags[3].a = "late"
print([b.a for b in bags])

# Several classes at one instruction, some with properties or slots.
class P:
    @property
    def v(self):
        return "prop"


class Q:
    v = "class-v"


class R:
    def __init__(self):
        self.v = "inst-v"


class S:
    __slots__ = ("v",)

    def __init__(self):
        self.v = "slot-v"


class D:
    def __get__(self, obj, owner):
        return "descr-v"


class T:
    v = D()


mixed = [P(), Q(), R(), S(), T()] * 3
print([m.v for m in mixed])

# A property or data descriptor added to the class after plain stores.
class Store:
    pass


def fill(objs, value):
    for o in objs:
        o.x = value


stores = [Store() for _ in range(5)]
fill(stores, 1)
print([s.x for s in stores])
log = []
Store.x = property(lambda self: "getter", lambda self, v: log.append(v))
fill(stores, 2)
print([s.x for s in stores], log)
del Store.x
print([s.x for s in stores])


class Setter:
    def __set__(self, obj, value):
        log.append(("set", value))

    def __get__(self, obj, owner):
        return "descriptor"


Store.x = Setter()
fill(stores, 3)
print([s.x for s in stores][:2], log[-2:])
del Store.x

# __setattr__ added to the class after warm-up.
fill(stores, 4)
Store.__setattr__ = lambda self, name, value: log.append(("hook", name, value))
fill(stores, 5)
print([s.x for s in stores], log[-2:])
del Store.__setattr__
fill(stores, 6)
print([s.x for s in stores])

# __getattr__ added after a miss was cached.
def miss(o):
    try:
        return o.missing
    except AttributeError as e:
        return "AttributeError: %s" % e


s0 = stores[0]
print([miss(s0) for _ in range(3)][0])
Store.__getattr__ = lambda self, name: "hooked " + name
print(miss(s0))
del Store.__getattr__
print(miss(s0))

# Methods of built-in values, then a subclass overriding one.
class MyList(list):
    def append(self, x):
        list.append(self, x * 10)


def add_all(target, items):
    for i in items:
        target.append(i)
    return target


print(add_all([], range(3)), add_all(MyList(), range(3)), add_all([], "ab"))

# A global rebound inside a loop by another function.
counter = 0


def bump():
    global counter
    counter += 1


def total(n):
    seen = []
    for _ in range(n):
        seen.append(counter)
        bump()
    return seen


print(total(5))


def rebind_helper():
    global helper
    helper = lambda: "second"


def helper():
    return "first"


def use_helper():
    out = []
    for i in range(4):
        out.append(helper())
        if i == 1:
            rebind_helper()
    return out


print(use_helper())


# A builtin shadowed by a global later, then unshadowed.
def lengths():
    return [len("abc") for _ in range(3)]


print(lengths())
len = lambda x: "shadowed"
print(lengths())
del len
print(lengths())
globals()["len"] = lambda x: "via-globals"
print(lengths())
del globals()["len"]
print(lengths())

# A global deleted after warm-up.
gone = "here"


def read_gone():
    return gone


print([read_gone() for _ in range(3)])
del gone
try:
    read_gone()
except NameError as e:
    print("NameError:", e)

# Many globals added after warm-up (the globals table grows and moves).
def read_counter():
    return counter


print(read_counter())
for i in range(200):
    globals()["g%d" % i] = i
print(read_counter(), g150)
for i in range(0, 200, 2):
    del globals()["g%d" % i]
print(read_counter(), g151)
