# enumerate, zip, map, filter and reversed are classes; iterators report
# CPython's type names.
print(type(enumerate([1])) is enumerate, isinstance(zip(), zip), type(map(str, [])) is map)
print(type(filter(None, [])) is filter, type(reversed([1])) is reversed)
print(enumerate.__name__, zip.__name__, map.__name__, filter.__name__, reversed.__name__)
for it in (iter([]), iter(()), iter(range(3)), iter("ab"), iter({}), iter({}.values()),
           iter({}.items()), iter(set()), iter(b"x")):
    print(type(it).__name__)
print(list(enumerate("abc", start=1)), list(zip("ab", [1, 2, 3])))
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x"])), list(reversed("abc")))
try:
    enumerate()
except TypeError as err:
    print(err)
try:
    reversed(iter([1]))
except TypeError as err:
    print(err)
