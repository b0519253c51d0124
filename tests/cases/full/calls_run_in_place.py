# Python-to-Python calls run in place of their caller (no Rust recursion):
# what a call must still do, from binding to unwinding, through every kind
# of callable the eval loop takes that way.
import sys


class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x = x
        self.y = y
        self.label = label

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy, label=self.label + "'")


p = Point(1, 2)
q = p.moved(3).moved(dy=4, dx=1)
print(q.x, q.y, q.label)
print(Point(5, label="z").__dict__)


class Returns:
    def __init__(self, value):
        self.value = value
        return value


print(Returns(None).value)
for bad in (0, "s", [1]):
    try:
        Returns(bad)
    except TypeError as e:
        print("TypeError:", e)


class Fails:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative: {n}")
        self.n = n


try:
    Fails(-1)
except ValueError as e:
    print("ValueError:", e)
print(Fails(2).n)

# Wrong arguments are the caller's error, raised before the callee runs.
for call in (lambda: Point(), lambda: Point(1, 2, 3), lambda: p.moved(), lambda: Point(1, bad=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Bound methods called later, closures, defaults, *args and **kwargs.
move = p.moved
print(move(10).x)


def counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count

    return bump


bump = counter()
print(bump(), bump(5), bump())


def spread(*args, **kwargs):
    return args, sorted(kwargs.items())


print(spread(1, 2, a=3), spread())

# Deep recursion: the limit is counted per call, exactly.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
limit = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(depth(4900))
try:
    depth(6000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(limit)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(10**6)
except RecursionError:
    print("RecursionError in __init__")
d = Deep(50)
n = 0
while d.child:
    d, n = d.child, n + 1
print(n)


# An exception crosses frames run in place, running their handlers and
# finally blocks in order, and chaining as it goes.
def inner():
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")


def middle():
    try:
        inner()
    except KeyError as e:
        raise ValueError("middle") from e


def outer():
    try:
        middle()
    except ValueError as e:
        print("outer caught", repr(e), "from", repr(e.__cause__))
        return "handled"


print(outer())


# A generator function called in place of nothing: calling it makes a
# generator; the generator's own calls still run in place.
def squares(n):
    for i in range(n):
        yield depth(i) * depth(i)


print(list(squares(5)))


# Callables that are not plain functions take the general path.
class Callable:
    def __call__(self, x):
        return x * 2


print(Callable()(21), staticmethod(len)("abc") if sys.version_info >= (3, 10) else 3)
print(sorted([3, 1, 2], key=lambda v: -depth(v)))
