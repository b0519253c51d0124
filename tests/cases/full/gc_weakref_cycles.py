# A weak reference to an object in a garbage cycle dies at gc.collect(), and its callback runs once
import gc
import weakref


class Node:
    pass


gc.collect()
seen = []
a = Node()
b = Node()
a.other = b
b.other = a
ra = weakref.ref(a, lambda r: seen.append("a"))
rb = weakref.ref(b, lambda r: seen.append("b"))
del a, b
print(ra() is not None, rb() is not None)
n = gc.collect()
print(n, ra(), rb(), sorted(seen))
gc.collect()
print(sorted(seen))

# A WeakValueDictionary entry goes with its cycle.
wvd = weakref.WeakValueDictionary()
c = Node()
c.me = c
wvd["c"] = c
del c
print(len(wvd))
gc.collect()
print(len(wvd))

# finalize runs for a collected cycle.
d = Node()
d.me = [d]
weakref.finalize(d, print, "finalized d")
del d
gc.collect()
print("after collect")


# Cycles through a closure cell, a generator frame and a function default.
def make_closure():
    obj = Node()

    def inner():
        return obj

    obj.fn = inner
    return weakref.ref(obj)


r = make_closure()
print(r() is not None)
gc.collect()
print(r())


def gen(box):
    yield box


box = Node()
g = gen(box)
box.g = g
rg = weakref.ref(box)
del box, g
gc.collect()
print(rg())


def default_cycle():
    def with_default(x=[]):
        return x

    holder = Node()
    with_default().append(holder)
    holder.f = with_default
    return weakref.ref(holder)


rh = default_cycle()
gc.collect()
print(rh())

# A set holding an object whose attribute holds the set.
s = set()
e = Node()
e.s = s
s.add(e)
re_ = weakref.ref(e)
del s, e
gc.collect()
print(re_())
