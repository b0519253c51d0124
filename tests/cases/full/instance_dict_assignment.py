# obj.__dict__ = d replaces the instance's attribute dict (the very object,
# shared afterwards: the Borg and AttrDict patterns); del obj.__dict__
# leaves an empty one; a non-dict is CPython's TypeError.
class Plain:
    pass


p = Plain()
p.old = 1
d = {"a": 1}
p.__dict__ = d
print(p.a, hasattr(p, "old"), p.__dict__ is d, vars(p) is d)
d["b"] = 2
p.c = 3
print(p.b, d, sorted(vars(p)))
del p.__dict__
print(p.__dict__, hasattr(p, "a"))
for bad in ([], None, 5):
    try:
        p.__dict__ = bad
    except TypeError as e:
        print(e)


class Borg:
    _shared = {}

    def __init__(self):
        self.__dict__ = self._shared


x, y = Borg(), Borg()
x.state = "on"
print(y.state, x.__dict__ is y.__dict__)


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


ad = AttrDict(k=1)
ad.m = 2
ad["n"] = 3
print(ad.k, ad["m"], ad.n, sorted(ad.items()), len(ad))


class Slotted:
    __slots__ = ("a",)


try:
    Slotted().__dict__ = {}
except AttributeError as e:
    print(e)
