# Class attribute lookups stay right after the classes change: methods
# replaced, added and deleted on a class or a base after they were looked up
# in a loop, instance attributes shadowing and unshadowing class ones,
# properties added later, setattr/delattr on classes, and many classes
# sharing method names (the lookup cache must never mix them up).


class Base:
    def who(self):
        return "base"

    def extra(self):
        return "base-extra"


class Mid(Base):
    pass


class Leaf(Mid):
    def who(self):
        return "leaf"


def run(obj, n=3):
    return [obj.who() for _ in range(n)]


leaf, mid = Leaf(), Mid()
print(run(leaf), run(mid))
Base.who = lambda self: "patched-base"
print(run(leaf), run(mid))
del Leaf.who
print(run(leaf), run(mid))
Mid.who = lambda self: "mid"
print(run(leaf), run(mid))
delattr(Mid, "who")
print(run(leaf), run(mid))
setattr(Base, "who", lambda self: "setattr-base")
print(run(leaf), run(mid))

# An instance attribute shadows a method, then goes away again.
print(leaf.extra())
leaf.extra = lambda: "instance-extra"
print(leaf.extra())
del leaf.extra
print(leaf.extra())

# A missing attribute becomes present on the class, then a property.
for attempt in range(3):
    try:
        print(mid.later)
    except AttributeError as e:
        print("AttributeError:", e)
    if attempt == 0:
        Base.later = "class value"
    elif attempt == 1:
        Base.later = property(lambda self: "property value")
print(mid.later)

# Data on the class read through instances while the class counter changes.
class Counter:
    count = 0


c = Counter()
for i in range(5):
    Counter.count += 1
    print(c.count, end=" ")
print()

# Many classes with the same method names, created and dropped in a loop.
total = []
for i in range(300):
    K = type("K%d" % i, (object,), {"value": (lambda i: lambda self: i)(i), "tag": i})
    k = K()
    total.append(k.value() + k.tag)
print(sum(total), total[:5], total[-3:])

# Class attributes read through the class itself and through subclasses.
class A:
    x = 1


class B(A):
    pass


print(B.x, B().x)
A.x = 2
print(B.x, B().x)
B.x = 3
print(A.x, B.x, A().x, B().x)
del B.x
print(B.x, B().x)
