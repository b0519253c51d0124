# Containers compare items identity first (x is y or x == y): a NaN held
# twice by the same name equals itself in lists, tuples, dicts, sets, `in`,
# index, count and remove; enumerate counts past the machine-int range.
nan = float("nan")
print(nan == nan, [nan] == [nan], (nan,) == (nan,), {1: nan} == {1: nan})
print([nan] != [nan], [[nan]] == [[nan]], [(1, nan)] == [(1, nan)])
print(nan in [nan], nan in (nan,), [nan].index(nan), [nan, nan].count(nan), (nan,).count(nan))
items = [1, nan, 2]
items.remove(nan)
print(items)
print({nan} == {nan}, nan in {nan: 1}, nan in {1: nan}.values(), (1, nan) in {1: nan}.items())
print({1: nan}.items() == {1: nan}.items(), [nan] < [nan], [nan] <= [nan])


class AlwaysUnequal:
    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


u = AlwaysUnequal()
print(u == u, [u] == [u], u in [u], [u].count(u), (u,) == (u,), {0: u} == {0: u})
print(list(enumerate("ab", start=10**30)))
print(list(enumerate("abc", 2**63 - 2)))


class Index:
    def __index__(self):
        return 5


print(list(enumerate("xy", Index())))
try:
    enumerate("a", 1.5)
except TypeError as e:
    print(e)
