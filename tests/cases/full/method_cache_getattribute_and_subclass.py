# Method calls through the LOAD_METHOD cache: a class's own or inherited
# __getattribute__ sees every method lookup, and built-in methods called
# on instances of list/dict subclasses act on the payload, including when
# an instance attribute or a Python override shadows them later.
class Traced:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def m(self):
        return "m"


class TracedChild(Traced):
    def n(self):
        return "n"


t = Traced()
for _ in range(2):
    print(t.m())
c = TracedChild()
for _ in range(2):
    print(c.n(), c.m())


class L(list):
    pass


items = L()
for i in range(5):
    items.append(i * i)
print(items, items.pop(), items.pop(0), len(items))
items.extend([7, 8])
items.insert(0, -1)
print(items, items.index(7), items.count(8))
try:
    items.append()
except TypeError as e:
    print("TypeError", e)
items.append = lambda x: print("shadowed", x)
items.append(99)
del items.append
items.append(100)
print(items)


def loud_append(self, x):
    print("override", x)
    list.append(self, x)


L.append = loud_append
items.append(101)
del L.append
items.append(102)
print(items)


class D(dict):
    pass


d = D()
for k in "abc":
    d.setdefault(k, []).append(k)
print(sorted(d.items()), d.get("a"), d.pop("b"), sorted(d.keys()))


class G(list):
    def __getattribute__(self, name):
        print("list get", name)
        return list.__getattribute__(self, name)


g = G()
g.append(1)
g.append(2)
print(list(g))
