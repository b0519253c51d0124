# gc.collect() frees unreachable cycles and reports how many objects it found
import gc

gc.collect()


class Node:
    pass


a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("two instances:", gc.collect())

n = Node()
n.me = n
del n
print("self loop:", gc.collect())

l = []
l.append(l)
del l
print("list:", gc.collect())

d = {}
d["d"] = d
del d
print("dict:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple and list:", gc.collect())


class Meth:
    def m(self):
        return 1


x = Meth()
x.bound = x.m
del x
print("bound method:", gc.collect())

# A ring of 10 instances, each with a list pointing at the next.
nodes = [Node() for _ in range(10)]
for i, node in enumerate(nodes):
    node.links = [nodes[(i + 1) % 10]]
del nodes, node
print("ring:", gc.collect())

print("nothing left:", gc.collect())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold()[0])
gc.set_threshold(700)
print(isinstance(gc.get_count(), tuple), len(gc.get_count()))
