# lru_cache's wrapper call is native: keys, recency order, eviction,
# counters, keyword arguments and typed=True (handed to the Python call),
# exceptions, unhashable arguments, methods and recursion.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=3)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 1, "a", (1, 2), 2.0, 2]:
    square(x)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square(3), square.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def grid(r, c):
    return 1 if r == 0 or c == 0 else grid(r - 1, c) + grid(r, c - 1)


print(grid(30, 30), grid.cache_info())


@lru_cache
def kw(a, b=2, *, c=3):
    print("kw", a, b, c)
    return a + b + c


print(kw(1), kw(1), kw(1, b=2), kw(1, c=3), kw(a=1), kw(1, 2), kw.cache_info())


@lru_cache(typed=True)
def typed(x):
    print("typed", type(x).__name__)
    return x


print(typed(1), typed(1.0), typed(1), typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    print("nocache", x)
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache
def fails(x):
    print("fails", x)
    raise ValueError(x)


for _ in range(2):
    try:
        fails(7)
    except ValueError as e:
        print("ValueError", e)
print(fails.cache_info())
try:
    square([1])
except TypeError as e:
    print("TypeError", e)


class Account:
    def __init__(self, n):
        self.n = n

    @lru_cache
    def balance(self, extra):
        print("balance", self.n, extra)
        return self.n + extra

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Account) and other.n == self.n


a, b = Account(1), Account(1)
print(a.balance(5), b.balance(5), Account.balance(a, 5), Account.balance.cache_info())


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v


@lru_cache
def by_key(k):
    return k.v


print(by_key(Key(1)), by_key(Key(1)), by_key.cache_info())


@lru_cache(maxsize=None)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(300))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)
print(square.__wrapped__.__name__, square.__name__, type(square).__name__, square.cache_parameters())


# Memoised recursion reaches CPython's depth: the native call and the
# function's frame are one level each.
@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


for n in (450, 495, 505, 700):
    depth.cache_clear()
    try:
        print(n, depth(n))
    except RecursionError:
        print(n, "RecursionError")
