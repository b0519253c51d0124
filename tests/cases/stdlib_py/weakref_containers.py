# weakref containers: WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, proxy, WeakMethod
import weakref
from collections.abc import MutableMapping, MutableSet
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
    def hello(self): return f"hello {self.n}"
objs = [A(i) for i in range(4)]
d = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    d[f"k{i}"] = o
print(len(d), sorted(d.keys()), d["k1"], "k2" in d, d.get("nope", "dflt"))
del objs[1]
print(len(d), sorted(d), "k1" in d, d.get("k1"))
try:
    d["k1"]
except KeyError as e:
    print("KeyError", e)
print(sorted(d.items(), key=lambda kv: kv[0]), isinstance(d, MutableMapping))
print(d.pop("k0"), len(d), d.setdefault("k9", objs[0]), sorted(d.values(), key=lambda a: a.n))
objs.clear()
print(len(d), list(d.items()))
k = weakref.WeakKeyDictionary()
keys = [A(i) for i in range(3)]
for key in keys:
    k[key] = key.n * 10
print(len(k), k[keys[2]], keys[0] in k, sorted(k.values()))
del keys[0]
print(len(k), sorted(k.values()), sorted(x.n for x in k))
s = weakref.WeakSet()
items = [A(i) for i in range(3)]
for it in items:
    s.add(it)
print(len(s), items[0] in s, 5 in s, isinstance(s, MutableSet), type(s))
items.pop()
print(len(s), sorted(x.n for x in s))
# finalize
def bye(tag):
    print("bye", tag)
    return tag
f = weakref.finalize(A(9), bye, "now")
print(f.alive)
o = A(7)
f2 = weakref.finalize(o, bye, "seven")
print(f2.alive, f2.peek()[1] is bye, f2.atexit)
print(f2(), f2.alive, f2())
o2 = A(8)
f3 = weakref.finalize(o2, bye, "eight")
del o2
print("after del", f3.alive)
o3 = A(10)
f4 = weakref.finalize(o3, bye, "detached")
print(f4.detach()[0], f4.alive)
# proxy
p_target = A(11)
p = weakref.proxy(p_target)
print(p.n, p.hello(), str(p), type(p))
p.n = 12
print(p_target.n)
del p_target
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
lst_obj = A(1)
cp = weakref.proxy(bye)
print(cp("via proxy"), type(cp))
# WeakMethod
m_obj = A(13)
wm = weakref.WeakMethod(m_obj.hello)
print(wm()(), type(wm).__mro__[1])
del m_obj
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
keep = A(99)
weakref.finalize(keep, bye, "at exit 1")
weakref.finalize(keep, bye, "at exit 2")
print("end")
# types.MethodType, which WeakMethod uses to rebuild the method
import types
bound = types.MethodType(bye, A(0))
print(type(bound).__name__, bound.__self__)
for args in [(1, 2), (bye, None), (bye,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)
