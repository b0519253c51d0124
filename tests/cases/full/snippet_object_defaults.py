# object's default rich comparisons and __subclasshook__ answer NotImplemented.

class Thing:
    pass


a, b = Thing(), Thing()
for name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
    print(name, getattr(a, name)(b))
print(a.__eq__(a), a.__ne__(a))
print(object.__lt__(1, 2), object.__subclasshook__(int), Thing.__subclasshook__(Thing))
for op in ("<", "<=", ">", ">="):
    try:
        eval("a " + op + " b")
    except TypeError as e:
        print(e)


class Ordered:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


print(sorted(Ordered(n) for n in (3, 1, 2))[0].n, Ordered(1) > Ordered(0))
try:
    object.__lt__(a)
except TypeError as e:
    print("TypeError")
