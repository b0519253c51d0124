# f(*args, **kwargs) runs a Python callee in place, as f(a, b=1) does:
# binding, errors, classes, bound methods, generators and deep recursion
# through a decorator's wrapper behave as in CPython.
import sys


def deco(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


@deco
def add(a, b=2, *, c=3):
    return a + b + c


print(add(1), add(1, 5), add(1, c=10), add(*[1, 2], **{"c": 0}))


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    @deco
    def moved(self, dx):
        return Point(self.x + dx, self.y)


p = Point(*(3,), **{"y": 4})
print(p.x, p.y, p.moved(2).x, Point(*range(2)).y)


def gen(*items):
    yield from items


print(list(gen(*"abc")), sum(gen(*range(5))))

for bad_args, bad_kwargs in (((1, 2, 3, 4), {}), ((), {}), ((1,), {"d": 1}), ((1,), {"b": 1, "c": 2, "e": 3})):
    try:
        add(*bad_args, **bad_kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    add(1, **{1: 2})
except TypeError as e:
    print("TypeError:", e)


def failing(*args):
    return args[5]


try:
    failing(*range(3))
except IndexError as e:
    print("IndexError:", e)


@deco
def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)


print(countdown(300))
sys.setrecursionlimit(400)
try:
    countdown(1000)
except RecursionError as e:
    print("RecursionError:", e)
print(max(*[3, 1, 2]), print(*["spread", "builtin"], sep="-"))
