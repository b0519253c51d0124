# Instances, classes and functions in pickles: the bytes of every protocol,
# and what loads gives back. minipy writes the common reductions (a class
# or function and its arguments, a state) and reads GLOBAL, STACK_GLOBAL,
# REDUCE, NEWOBJ and BUILD natively; the bytes must stay CPython's.
import datetime
import enum
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]


class Outer:
    class Inner:
        def __eq__(self, other):
            return type(other) is type(self)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.Flag):
    R = 4
    W = 2


class Stateful:
    def __init__(self):
        self.v = 3

    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, state):
        print("setstate", state)
        self.v = state["v"]


class Reduced:
    def __init__(self, *args):
        print("Reduced", args)
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args, {"extra": 1})


def plain_function():
    pass


UTC2 = datetime.timezone(datetime.timedelta(hours=2), "X")
objects = [
    Point(1, "a"), [Point(2, None), Point(3, [1, 2])], {"k": Point(0, 0.5)},
    datetime.date(2020, 1, 2), datetime.date(1, 12, 31), datetime.time(1, 2, 3, 456789),
    datetime.time(23, 59, fold=1), datetime.time(5, tzinfo=datetime.timezone.utc),
    datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.datetime(9999, 12, 31, 23, 59, 59, 999999, fold=1),
    datetime.datetime(2000, 2, 29, tzinfo=UTC2), datetime.timedelta(3, 4, 5),
    Color.RED, [Color.GREEN, Color.GREEN], Perm.R, Perm.R | Perm.W, Perm(0), Outer.Inner(), Stateful(), Reduced(1, "two"),
    plain_function, Point, Outer.Inner, len, (Point(1, 2),) * 2,
]
for proto in (2, 3, 4, 5):
    for obj in objects:
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        opaque = (Outer.Inner, Stateful, Reduced, type(plain_function))
        shown = repr(back) if not isinstance(back, opaque) else type(back).__name__
        print(proto, data)
        print("  ->", shown, back == obj if not isinstance(back, (Stateful, Reduced)) else vars(back))

slotted = pickle.loads(pickle.dumps(Slotted(), 5))
print("slots", slotted.a, slotted.b)
# An instance that contains itself is written once and referred to.
p = Point(1, 2)
p.me = p
data = pickle.dumps(p, 5)
print(data)
back = pickle.loads(data)
print(back.me is back, back)
# Pickles CPython wrote load here (the state bytes of date and datetime).
print(pickle.loads(b"\x80\x04\x95 \x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04date"
                   b"\x94\x93\x94C\x04\x07\xe4\x01\x02\x94\x85\x94R\x94."))
print(datetime.date(b"\x07\xe4\x01\x02"), datetime.time(b"\x81\x02\x03\x00\x00\x07").fold)
print(repr(datetime.datetime("\x07\xe4\x01\x02\x03\x04\x05\x00\x00\x07")))
print(datetime.timezone(datetime.timedelta(0)) is datetime.timezone.utc)
try:
    datetime.time(b"\x01\x02\x03\x00\x00\x07", 5)
except TypeError as e:
    print("TypeError", e)

# Errors: the same as CPython's, raised once.
missing = b"\x80\x04\x95\x15\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x04Nope\x94\x93\x94."
try:
    pickle.loads(missing)
except AttributeError as e:
    print("AttributeError", e)
try:
    pickle.loads(b"\x80\x04\x95\x14\x00\x00\x00\x00\x00\x00\x00\x8c\x07nomodxx\x94\x8c\x04Nope\x94\x93\x94.")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)


def make_local():
    class Local:
        pass
    return Local()


try:
    pickle.dumps(make_local(), 5)
except AttributeError as e:
    print("AttributeError", e)


class Refuses:
    def __reduce__(self):
        print("reduce called")
        raise ValueError("no reduce")


try:
    pickle.dumps([Refuses()], 5)
except ValueError as e:
    print("ValueError", e)
# A constructor that fails while loading: raised once, not retried.
data = pickle.dumps(Reduced(5), 5)
Reduced.__init__ = lambda self, *args: (_ for _ in ()).throw(RuntimeError("bad args %r" % (args,)))
try:
    pickle.loads(data)
except RuntimeError as e:
    print("RuntimeError", e)


# A state the fast path cannot write (a set) after a reduction it made:
# the Python pickler takes over and reuses the reduction, so every
# __reduce_ex__ and every constructor runs once, as in CPython.
class Noisy:
    def __init__(self):
        print("Noisy()")
        self.items = {1, 2}

    def __reduce_ex__(self, proto):
        print("Noisy reduce", proto)
        return (Noisy, (), {"items": self.items})


for proto in (2, 3, 5):
    pair = [Noisy(), Noisy()]
    data = pickle.dumps(pair, proto)
    print(data)
    back = pickle.loads(data)
    print([sorted(n.items) for n in back])


# Instances nested in instances count toward the recursion limit, also
# when a state is itself an instance with no container between.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt


class Chain:
    def __init__(self, nxt):
        self.nxt = nxt

    def __reduce__(self):
        return (Chain, (None,), self.nxt)

    def __setstate__(self, state):
        self.nxt = state


node = chain = None
for i in range(100):
    node = Node(node)
    chain = Chain(chain)
print(len(pickle.dumps(node, 5)), len(pickle.dumps(chain, 5)), pickle.loads(pickle.dumps(chain, 5)).nxt.nxt is not None)
for i in range(100000):
    chain = Chain(chain)
try:
    pickle.dumps(chain, 5)
except RecursionError:
    print("RecursionError")
# A date's state byte for the month has no fold bit: 0x81 is not a state.
for value in (b"\x07\xe4\x81\x02", "\x07\xe4\x0c\x1f"):
    try:
        print(repr(datetime.date(value)))
    except TypeError as e:
        print("TypeError", e)
