# The built-in types' dunder methods as attributes: hasattr checks, explicit
# calls (NotImplemented for foreign operands, as CPython), list's in-place
# methods, __hash__ None on mutable containers, runtime Protocol checks.
for v in (3, 2.5, "s", b"b", [1], (1,), {1:2}, {1}, frozenset(), range(3), True, None):
    print(type(v).__name__, [n for n in ("__iter__","__len__","__contains__","__getitem__","__hash__","__eq__","__lt__","__add__","__mul__","__int__","__float__","__bool__","__index__","__neg__","__str__","__repr__","__format__","__setitem__","__delitem__","__reversed__","__iadd__") if hasattr(v, n)])
print((5).__add__(2), (5).__sub__(1.0), (2.5).__add__(1), int.__add__(1, 2), [1].__add__([2]), "a".__mul__(2), (2).__pow__(3), (7).__floordiv__(2), (1).__radd__(2), (3).__lt__(4), (3).__lt__(4.0), (3.0).__lt__(4), "a".__lt__("b"), (-3).__abs__(), (3).__neg__(), (3).__index__(), (0).__bool__(), [].__iter__().__next__ if False else 1)
print({1}.__or__({2}), {1:2}.__or__({3:4}), (3).__format__("05d"), hash(3) == (3).__hash__(), [].__hash__, len(dir(3)) > 30)
l=[1,2]; l.__iadd__([3]); l.__delitem__(0); print(l, list(l.__reversed__()), list(range(3).__reversed__()), range(0).__bool__(), None.__bool__())
class M(int): pass
print(M(3) + 1, M(3).__add__(2), isinstance(M(2), int), sorted([3,1,2], key=int.__neg__))
