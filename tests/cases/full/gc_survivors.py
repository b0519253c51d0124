# Objects reachable from a garbage cycle but still referenced elsewhere survive it intact
import gc


class Node:
    pass


keep = {"name": "kept", "items": [1, 2, 3]}
shared = Node()
shared.value = 42
shared.data = [keep]

a = Node()
b = Node()
a.other = b
b.other = a
a.shared = shared
b.kept = keep
del a, b
print(gc.collect() > 0)
print(shared.value, shared.data[0] is keep, keep)

# A cycle that is still referenced from outside is not garbage at all.
c = Node()
c.me = c
c.payload = [10, 20]
holder = [c]
del c
print(gc.collect())
print(holder[0].me is holder[0], holder[0].payload)

# Reached only through a local of a running function: alive.
def f():
    e = Node()
    e.me = e
    e.tag = "in f"
    n = gc.collect()
    return n, e.tag, e.me is e


print(f())
print(gc.collect())

# Items of a garbage list that are referenced elsewhere keep their contents.
inner = [1, [2, 3]]
outer = [inner]
outer.append(outer)
del outer
print(gc.collect(), inner)
