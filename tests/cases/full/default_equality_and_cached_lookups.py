# Fast paths that remember answers: `==` between instances that keep
# object's __eq__/__ne__, a class's built-in __new__, and where a global
# lives in the module dict. Each is checked after the facts change.


class Plain:
    pass


class Child(Plain):
    pass


a, b, c = Plain(), Plain(), Child()
print(a == a, a != a, a == b, a != b, c == a, a != c)
print([b, a].index(a), [a, b, a].count(a), a in [b, c], c in (a, c))
seen = {a: "a", c: "c"}
print(seen[a], seen.get(b), len(seen))

# Giving the base an __eq__ later changes every subclass's answer.
Plain.__eq__ = lambda self, other: "base eq"
print(a == b, c == a, a != b, c != c)
Plain.__ne__ = lambda self, other: "base ne"
print(a != b, c != a)
del Plain.__eq__, Plain.__ne__
print(a == b, c == c, a != c)

# Only one side keeps object's equality.
class Loud:
    def __eq__(self, other):
        print("Loud.__eq__", type(other).__name__)
        return NotImplemented


print(a == Loud(), Loud() != a)


class Made:
    def __init__(self):
        self.x = "init ran"


print(Made().x)
Made.__new__ = staticmethod(lambda cls: "from __new__")
print(Made())
del Made.__new__
print(Made().x)


class Counted:
    made = 0

    def __new__(cls, *args):
        Counted.made += 1
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


print([Counted(i).x for i in range(3)], Counted.made)

# Globals: rebound, deleted (then the builtin shows through), re-added.
def read_len():
    return len


def read_x():
    return x


x = 1
print(read_x(), read_len())
x = 2
print(read_x())
len = "shadowed"
print(read_len())
del len
print(read_len())
g = globals()
for i in range(20):
    g["filler%d" % i] = i
print(read_x())
del x
for i in range(20):
    del g["filler%d" % i]
try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = 3
print(read_x())
g["x"] = 4
print(read_x())
