# Calling objects whose class defines __call__: Python __call__ run as a call (arguments, keywords, defaults, recursion counted as CPython counts it, two levels a call), a generator __call__, __call__ replaced or given as a staticmethod, a classmethod or a partial (no receiver), an instance attribute __call__ ignored, functools.partial and operator.itemgetter.
import functools
import operator


class Adder:
    def __init__(self, base):
        self.base = base

    def __call__(self, x, y=10, *rest, scale=1, **extra):
        return (self.base + x + y + sum(rest)) * scale, sorted(extra)


add = Adder(1)
print(add(2), add(2, 3), add(2, 3, 4, 5), add(2, scale=3), add(x=1, y=2, z=3))

depth = [0]


class Deep:
    def __call__(self, n):
        depth[0] = n
        return self(n + 1)


try:
    Deep()(0)
except RecursionError as e:
    print('RecursionError at', depth[0], e)


class Counter:
    def __call__(self, n):
        yield from range(n)


print(list(Counter()(3)))


class Swapped:
    def __call__(self):
        return 'first'


s = Swapped()
print(s())
Swapped.__call__ = lambda self: 'second'
print(s())
Swapped.__call__ = staticmethod(lambda: 'static')
print(s())
s.__call__ = lambda: 'instance attribute'
print(s())


class ByClass:
    @classmethod
    def __call__(cls, x):
        return cls.__name__, x


class Partially:
    __call__ = functools.partial(lambda *args: args, 'partial')


print(ByClass()(1), Partially()(2))


class Bad:
    def __call__(self, x):
        return x


try:
    Bad()()
except TypeError as e:
    print('TypeError', e)
try:
    Bad()(1, 2)
except TypeError as e:
    print('TypeError', e)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)

p = functools.partial(Adder(0), 5, scale=2)
print(p(), p(1), p(y=0), p(1, 2, 3, scale=1, w=0))
print(sorted([(3, 'c'), (1, 'a'), (2, 'b')], key=operator.itemgetter(0)), operator.itemgetter(1, 0)('xy'))
print(list(map(Adder(100), [1, 2])))
