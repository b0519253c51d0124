# functools: every total_ordering root, cmp_to_key, partial(method), caches, singledispatch(method).
import functools
from functools import total_ordering, partial, partialmethod, lru_cache, cache, cached_property, reduce


def make(root):
    def op(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return {'__lt__': self.v < other.v, '__le__': self.v <= other.v,
                '__gt__': self.v > other.v, '__ge__': self.v >= other.v}[root]
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: isinstance(o, type(self)) and self.v == o.v,
          root: op}
    return total_ordering(type('T' + root.strip('_'), (), ns))


for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    T = make(root)
    a, b, c = T(1), T(2), T(1)
    print(root, [a < b, a <= b, a > b, a >= b, a < c, a <= c, a > c, a >= c, b > a, b >= a])
    for name in ['__lt__', '__le__', '__gt__', '__ge__']:
        print(' ', name, getattr(T, name).__name__, getattr(T, name)(a, 5))
    try:
        a < 5
    except TypeError as e:
        print('TypeError', e)
try:
    total_ordering(type('N', (), {}))
except ValueError as e:
    print('ValueError', e)

key = functools.cmp_to_key(lambda x, y: (x > y) - (x < y))
print(sorted([3, 1, 2], key=key), key(1) < key(2), key(1) == key(1), key(2) >= key(3), key(3) > key(2), key(2) <= key(2))

p = partial(max, 1, key=abs)
q = partial(p, -5)
print(p(-3), q(2), q.args, q.keywords, q.func is max)
print(repr(partial(int, '10', base=2)), partial(int, '10', base=2)())
try:
    partial(3)
except TypeError as e:
    print('TypeError', e)


class Cell:
    def __init__(self):
        self.state = None

    def set(self, value, extra=''):
        self.state = str(value) + extra

    on = partialmethod(set, True)
    off = partialmethod(set, False, extra='!')

    @cached_property
    def heavy(self):
        print('computing')
        return 42


c = Cell()
c.on()
print(c.state)
c.off()
print(c.state, c.heavy, c.heavy, c.__dict__['heavy'])


@lru_cache(maxsize=2)
def sq(x):
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(sq.cache_info(), sq.cache_parameters(), sq.__name__)
sq.cache_clear()
print(sq.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())


@lru_cache(maxsize=None, typed=True)
def ident(x):
    return x


ident(1), ident(1.0), ident(1)
print(ident.cache_info())


@cache
def twice(x):
    return 2 * x


print(twice(4), twice(4), twice.cache_info())
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)


@functools.singledispatch
def show(x):
    return 'object'


@show.register(int)
def _(x):
    return 'int'


@show.register(list)
def _(x):
    return 'list'


print(show(1), show(True), show([]), show('s'), show.dispatch(bool).__name__)
try:
    show()
except TypeError as e:
    print('TypeError', e)


class Fmt:
    @functools.singledispatchmethod
    def go(self, x):
        return 'base'

    @go.register(str)
    def _(self, x):
        return 'str ' + x


print(Fmt().go(1), Fmt().go('a'))


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@deco
def documented():
    "Doc here."


print(documented.__name__, documented.__wrapped__.__name__)
