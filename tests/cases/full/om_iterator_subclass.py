# Subclassing the built-in iterator classes (enumerate, zip, map, filter,
# reversed): overridden __next__/__iter__/__init__/__new__ are honoured,
# instances are their own iterators, isinstance holds, reprs name the
# subclass, and a list's own __reversed__ answers reversed() subclasses.
class E(enumerate):
    pass


e = E("ab", 1)
print(type(e).__name__, isinstance(e, enumerate), iter(e) is e, list(e))
print(repr(E([])).startswith("<__main__.E object at "))


class Upper(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 10, v.upper())


print(list(Upper("xyz")), [p for p in Upper("ab")])


class Z(zip):
    def __new__(cls, *args, **kwargs):
        print("new", args, kwargs)
        return super().__new__(cls, *args, **kwargs)

    def __init__(self, *args, **kwargs):
        print("init", args)


z = Z([1, 2], [3, 4])
print(list(z), isinstance(z, zip), type(z) is Z)


class StrictZ(zip):
    pass


print(list(StrictZ("ab", "cd", strict=True)))
try:
    list(StrictZ("ab", "c", strict=True))
except ValueError as ex:
    print(ex)


class M(map):
    def __iter__(self):
        print("iter")
        return self


for x in M(str, [1, 2]):
    print(repr(x))


class Prefixed(map):
    def __next__(self):
        return "M" + super().__next__()


print(list(Prefixed(str, range(3))), [*Prefixed(str, "ab")])


class F(filter):
    extra = 5


f = F(None, [0, 1, 2])
print(list(f), f.extra)
f.attr = 3
print(f.attr, f.__dict__)


class Fixed(filter):
    def __iter__(self):
        return iter([1])


print(list(Fixed(None, [0, 5])), sorted(Fixed(None, [3, 0, 2])))


class R(reversed):
    pass


print(type(R([1, 2, 3])).__name__, list(R([1, 2, 3])))
r = R("abc")
print(type(r).__name__, list(r), isinstance(r, reversed))


class Loud(enumerate):
    def __init__(self, *args):
        print("init", args)


print(list(Loud("ab", 5)), next(Loud("q")))
print(list(zip(E("ab"), "xy")))
print(next(E("q"), None), next(E(""), "empty"))
