# A StopIteration raised by map()'s function or filter()'s predicate ends
# that round of iteration, as with CPython's C iterators.

def upto_zero(x):
    if x == 0:
        raise StopIteration
    return x * 10


print(list(map(upto_zero, [1, 2, 0, 4, 5])))
m = map(upto_zero, [1, 0, 3])
print(next(m))
try:
    next(m)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(m))


def keep(x):
    if x == 0:
        raise StopIteration
    return x % 2


print(list(filter(keep, [1, 2, 3, 0, 5])))
print([x for x in map(upto_zero, [7, 0, 8])])
print(sum(map(upto_zero, [1, 2, 0, 3])))


def bad(x):
    raise ValueError("boom")


try:
    list(map(bad, [1]))
except ValueError as e:
    print("ValueError", e)
