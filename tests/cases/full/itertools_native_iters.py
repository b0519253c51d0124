# itertools.count, chain and islice (native): values, laziness, reprs, errors, subclasses.
import itertools
from itertools import count, chain, islice
from fractions import Fraction

c = count()
print(next(c), next(c), repr(c), type(c), type(c).__module__, isinstance(c, count), iter(c) is c)
print(list(islice(count(5, 3), 4)), repr(count(2.5, 0.5)), repr(count(0, 1.0)), repr(count(2 ** 64)))
c = count(2 ** 63 - 2)
print(next(c), next(c), next(c), repr(c))
c = count(Fraction(1, 3), Fraction(1, 3))
print(next(c), next(c), repr(c))
print(list(zip(count(10), 'abc')), list(zip(count(start=1, step=-1), 'xy')))
for bad in ["count('a')", "count(1, 'b')", "count(1, 2, 3)", "count(foo=1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)

print(list(chain()), list(chain([1, 2], (3,), 'ab', range(2), {9: 0})))
print(list(chain.from_iterable(['ab', [1], (x * x for x in range(3))])))
ch = chain([1, 2], [3])
print(next(ch), list(ch), list(ch), repr(ch).startswith('<itertools.chain object at 0x'), type(ch).__name__)


def source():
    print('making first')
    yield [1, 2]
    print('making second')
    yield [3]


lazy = chain.from_iterable(source())
print('created')
print(next(lazy))
print(list(lazy))
try:
    list(chain([1], 5))
except TypeError as e:
    print(e)
try:
    chain(x=1)
except TypeError as e:
    print(e)


class Tagged(chain):
    def __next__(self):
        return ('tag', super().__next__())


t = Tagged([1], [2])
print(list(t), type(Tagged.from_iterable([[5]])).__name__, list(Tagged.from_iterable([[5]])))

data = list(range(20))
for args in [(5,), (2, 8), (2, 8, 3), (None,), (3, None), (3, None, 4), (0, 0), (25,), (5, 2)]:
    print(args, list(islice(data, *args)), list(islice(iter(data), *args)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
gen = (print('consumed', i) or i for i in range(6))
print(list(islice(gen, 1, 4, 2)))
print(next(gen))
for bad in [(), (1,), ([], -1), ([], 'x'), ([], 1, -2), ([], 1, 2, 0), ([], 1, 2, 'z'), ([], 1, 2, 3, 4),
            ([], 2 ** 64), (5, 1)]:
    try:
        print(list(islice(*bad)))
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
try:
    islice([], stop=3)
except TypeError as e:
    print(e)
print(repr(islice([], 1)).startswith('<itertools.islice object at 0x'), list(islice(count(), 2, 10, 3)))
print(list(islice('abcdefg', 1, None, 2)), sum(islice(chain(range(100000), range(100000)), 150000)))
for a in [(-5,), (1, -1), (1, -5), ('x', 3), (-1, 3), (2**64,), (1, 2**64), (None, -3), (None, None, None)]:
    try:
        print(a, list(islice([], *a)))
    except Exception as e:
        print(a, type(e).__name__, e)
