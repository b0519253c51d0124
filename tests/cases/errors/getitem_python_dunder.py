# obj[key] on an instance whose class defines __getitem__ in Python: results, errors raised in it or in calling it, and the kinds of __getitem__ that are not plain functions.
# expect-error: line 80: KeyError: 'missing'
import array


class Tree:
    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        if key == "boom":
            raise KeyError(key)
        return self.data.get(key, key * 2)


t = Tree()
t.data[3] = "three"
print(t[3], t[4], t["ab"], [t[i] for i in range(3)])
try:
    t["boom"]
except KeyError as e:
    print("KeyError", e)


class Static:
    @staticmethod
    def __getitem__(key):
        return ("static", key)


class Gen:
    def __getitem__(self, key):
        yield key


class Sub(list):
    def __getitem__(self, i):
        return ("sub", list.__getitem__(self, i))


class Deep:
    def __getitem__(self, n):
        return n if n == 0 else self[n - 1] + 1


print(Static()[5], list(Gen()[7]), Sub([1, 2])[1], Deep()[300])
a = array.array("i", [5, 6, 7])
print(a[1], a[-1], a[0:2])


class WrongArity:
    def __getitem__(self):
        return 1


try:
    WrongArity()[0]
except TypeError as e:
    print("TypeError", e)


class Chained:
    def __getitem__(self, k):
        return Tree()[k]


print(Chained()[21], sum(Tree()[i] for i in range(4)))
Tree.__getitem__ = lambda self, k: "patched"
print(t[1])
del Tree.__getitem__
try:
    t[1]
except TypeError as e:
    print("TypeError", e)
print(Deep()[2])


class Boom:
    def __getitem__(self, key):
        return {}[key]


Boom()["missing"]
