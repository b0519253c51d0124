# The iterator types are real classes: type(enumerate(x)) is enumerate, and
# map/zip/filter/reversed likewise; iterators report list_iterator etc.
print(type(enumerate([])), enumerate, type(iter([])), type(map(str,[])), map, type(zip()), type(iter(())), type({}.keys().__iter__()) if hasattr({}.keys(), "__iter__") else None, type(iter({})), type(iter({}.values())), type(iter({}.items())), type(iter(range(3))), type(iter("")), type(iter(lambda: 1, 2)))
print(type(enumerate([])) is enumerate, type(map(str,[])) is map, type(zip()) is zip, type(filter(None,[])) is filter, type(reversed((1,))) is reversed)
print(isinstance(enumerate([]), enumerate), isinstance(zip(), zip), isinstance(iter([]), enumerate))
print(list(enumerate("ab", start=1)), list(zip([1, 2], "ab")), list(map(abs, [-1])), list(filter(None, [0, 1])), list(reversed([1, 2])))
print(enumerate.__name__, zip.__mro__, callable(map))
e = enumerate([5])
print(next(e), iter(e) is e)
try:
    enumerate()
except TypeError as err:
    print(err)
try:
