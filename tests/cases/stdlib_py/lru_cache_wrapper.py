# functools.lru_cache/cache give a functools._lru_cache_wrapper: its type,
# repr, cache statistics, binding as a method, copy and pickle.
import copy
import functools
import operator
import pickle


@functools.lru_cache
def f(x):
    return x * 2


@functools.lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(repr(f).startswith("<functools._lru_cache_wrapper object at "), type(f).__name__, type(f).__module__)
print(f(3), f(3), f.cache_info(), f.__name__, f.__wrapped__.__name__, f.__qualname__, f.__module__)
print(fib(20), fib.cache_info(), fib.cache_parameters())
fib.cache_clear()
print(fib.cache_info())


class C:
    @functools.lru_cache
    def m(self, x):
        return (type(self).__name__, x)

    @functools.cache
    def n(self):
        return 5


c = C()
print(c.m(1), c.m(1), C.m.cache_info(), C.m(c, 2), c.n(), C.n.cache_info().hits)
print(copy.copy(f) is f, copy.deepcopy(f) is f, pickle.loads(pickle.dumps(f)) is f)
print(callable(f), functools.cache(len)((1, 2)))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), operator.length_hint(x for x in []), operator.length_hint((x for x in []), 7))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(4))), operator.length_hint(5))
try:
    operator.length_hint(iter([]), "a")
except TypeError as e:
    print("TypeError:", e)


class MI(int):
    pass


class F(frozenset):
    pass


class S(str):
    pass


print(copy.copy(MI(4)), copy.deepcopy(MI(5)), copy.copy(F([1])), copy.deepcopy(S("a")), type(copy.copy(S("b"))).__name__)
