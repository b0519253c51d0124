# __del__: run when the last reference goes (scope end, rebinding, del, list
# items last to first), inherited, assigned late, exceptions ignored,
# resurrection runs it once, cycles finalized by gc, globals at exit in order.
import gc
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def scope():
    n = Noisy("local")
    print("in scope")


scope()
print("after scope")

a = Noisy("rebound")
a = None
print("after rebind")

b = Noisy("deleted")
del b
print("after del")

items = [Noisy("item%d" % i) for i in range(3)]
items.pop(1)
print("after pop")
del items
print("after list")


class Child(Noisy):
    pass


c = Child("child")
c = 1
print("inherited")


# An exception in __del__ is printed to stderr and ignored.
class Broken:
    def __del__(self):
        raise ValueError("boom")


x = Broken()
x = None
print("after broken")

# Resurrection: __del__ stores self; it runs only once.
saved = []


class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)


p = Phoenix()
p = None
print("saved", len(saved))
saved.clear()
print("cleared")


# A cycle is finalized by the collector, then freed.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("node del", self.name)


n1, n2 = Node("n1"), Node("n2")
n1.other, n2.other = n2, n1
del n1, n2
found = gc.collect()
print("collected", found >= 2)
print("garbage", gc.garbage)


# __del__ assigned after the class was made.
class Late:
    pass


def late_del(self):
    print("late del")


Late.__del__ = late_del
q = Late()
q = None
print("after late")

# Inside a function, the object is released when the frame ends.
def make_and_drop():
    tmp = [Noisy("in list")]
    return len(tmp)


print(make_and_drop())


# Module globals are released at exit in definition order, with the
# rest of the namespace still usable.
class Exit:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("exit del", self.name, Exit.__name__, sys.modules.get("__main__"))


first = Exit("first")
second = Exit("second")
print("end")
