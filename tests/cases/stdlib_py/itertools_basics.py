# itertools: every tool, their reprs where deterministic, laziness and error messages.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement)
import operator

c = count(5)
print(next(c), next(c), c)
print(count(0.5, 0.25), list(islice(count(1, 3), 4)))
print(count(), count(step=2), count(3, 1.0))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
r = repeat('x', 3)
print(r, list(r), r, repeat(7), list(repeat(1, -2)), repeat(1, -2))
print(list(map(pow, range(5), repeat(2))))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=7)))
print(list(accumulate([])))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'cherry', 'blue']), key=lambda s: s[0])])
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 9, 3)), list(islice('AB', 5, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 6, 4)), next(it))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee('a', 0))
a, b = tee(range(3))
c, d = tee(a)
print(list(c), list(d), list(b))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1])), list(zip_longest()))
print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()), list(product('ab', '')))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)))
print(len(list(permutations(range(6)))), list(permutations([], 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
it = chain([1], [2])
print(iter(it) is it, type(it).__name__, type(count()).__name__)
for bad in [lambda: islice('abc', -1), lambda: islice('abc', 1, -1), lambda: islice('abc', 0, 2, 0),
            lambda: islice('abc', 'x'), lambda: count('a'), lambda: tee('a', -1), lambda: combinations('a', -1),
            lambda: permutations('a', -2), lambda: product('a', repeat=-1), lambda: list(chain(1, 2)),
            lambda: next(iter(chain([]))), lambda: islice('abc'), lambda: list(starmap(pow, [1]))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
