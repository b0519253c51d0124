# itertools combinatoric iterators (native core): order, empty and r > n
# cases, exhaustion, next() and for-loops sharing state, argument errors.
from itertools import permutations, combinations, combinations_with_replacement, product
print(list(permutations('abc')), list(permutations('abc', 2)), list(permutations('ab', 0)), list(permutations('ab', 3)), list(permutations([])))
print(list(combinations(range(4), 2)), list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 0)), list(combinations_with_replacement('', 1)))
print(list(product('ab', range(2))), list(product()), list(product('ab', repeat=2)), list(product('ab', [])), len(list(product(range(3), repeat=3))))
p = permutations(range(3)); print(next(p), next(p), list(p), list(p))
print(type(permutations('a')).__name__, sum(1 for _ in permutations(range(7))))
for bad in [lambda: permutations('a', -1), lambda: combinations('a', 'x'), lambda: product('a', repeat=-1), lambda: combinations('a')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
