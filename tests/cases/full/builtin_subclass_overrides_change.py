# Subclasses of built-in types: which special method answers (the built-in
# payload's or a Python override) follows the class as it changes, for
# item access, __missing__, len, in, iteration, ==, bool, repr and str.
class D(dict):
    pass


d = D(a=1)
print(d["a"], len(d), "a" in d, list(d), d == {"a": 1}, bool(d), repr(d), str(d))
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)

D.__missing__ = lambda self, key: "missing " + key
print(d["zz"], d["a"])
D.__getitem__ = lambda self, key: "override " + key
print(d["a"], d["zz"])
del D.__getitem__
print(d["a"], d["zz"])
del D.__missing__
try:
    d["zz"]
except KeyError as e:
    print("KeyError again", e)

D.__setitem__ = lambda self, key, value: dict.__setitem__(self, key, value * 2)
d["b"] = 5
print(d["b"])
del D.__setitem__
d["b"] = 5
print(d["b"])

D.__len__ = lambda self: 99
D.__contains__ = lambda self, key: key == "magic"
D.__iter__ = lambda self: iter(["x", "y"])
D.__eq__ = lambda self, other: True
D.__bool__ = lambda self: False
D.__repr__ = lambda self: "D-repr"
print(len(d), "a" in d, "magic" in d, list(d), d == 5, bool(d), repr(d), str(d))
for name in ("__len__", "__contains__", "__iter__", "__eq__", "__bool__", "__repr__"):
    delattr(D, name)
print(len(d), "a" in d, "magic" in d, list(d), d == 5, bool(d), repr(d), str(d))


class Base(list):
    pass


class Child(Base):
    pass


c = Child([1, 2, 3])
print(len(c), c[0], 2 in c, bool(c))
Base.__getitem__ = lambda self, i: ("base", i)
Base.__len__ = lambda self: 0
print(len(c), c[0], bool(c))
Child.__getitem__ = lambda self, i: ("child", i)
print(c[1])
del Base.__getitem__, Base.__len__
print(len(c), c[1])
del Child.__getitem__
print(c[1], c[-1])


class Counts(dict):
    def __missing__(self, key):
        return 0


counts = Counts()
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items()))
