# functools: reduce, partial, lru_cache/cache statistics, wraps, total_ordering, cmp_to_key, singledispatch.
import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=5)
two_to = partial(power, 2)
print(square(7), cube_mod(4), two_to(10), square.func is power, square.args, square.keywords, two_to.args)
p2 = partial(two_to, mod=1000)
print(p2(20), p2.func is power, p2.args, p2.keywords)
print(partial(max, 3)(1, 5), list(map(partial(int, base=2), ['101', '11'])))
try:
    partial(3)
except TypeError as e:
    print('TypeError', e)

calls = []


@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(calls), fib.__name__, fib.__wrapped__.__name__)


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


calls.clear()
print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls)
sq.cache_clear()
print(sq(4), calls[-1])


@cache
def slow_add(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
print(slow_add(1, 2), slow_add(1, 2), slow_add(1, b=2), slow_add(a=1, b=2), calls)


@lru_cache
def ident(x):
    return x


print(ident(3), ident(3.0), ident.cache_parameters())


@lru_cache(typed=True)
def typed_ident(x):
    calls.append(x)
    return x


calls.clear()
print(typed_ident(3), typed_ident(3.0), calls)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs) * 10
    return wrapper


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area(2, 3), area.__name__, area.__wrapped__(2, 3), area.__qualname__)


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return 'V%d.%d' % (self.major, self.minor)


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), sorted([b, a, Version(0, 9)]), max(a, b))


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


print(Desc(1) < Desc(2), Desc(3) >= Desc(2), Desc(2) <= Desc(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))


@singledispatch
def describe(obj):
    return 'object %r' % (obj,)


@describe.register(int)
def _(obj):
    return 'int %d' % obj


@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)


print(describe(5), describe(True), describe([1, 2]), describe('s'), describe.dispatch(bool) is describe.registry[int])
