# object.__reduce_ex__/__reduce__/__getstate__ as real methods (3.11):
# super() calls from user classes, copy and pickle going through them,
# and their argument errors.
import copy, pickle, copyreg
class A:
    def __init__(self): self.x = 1
a = A()
print(a.__getstate__(), object.__getstate__(a) is a.__dict__)
r = a.__reduce_ex__(2); print(r[0].__name__, r[1][0].__name__, r[2:])
r = a.__reduce_ex__(0); print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2:])
r = a.__reduce__(); print(r[0].__name__, r[1][0].__name__, r[1][1:], r[2:])
print(A().__getstate__() == {'x': 1}, object().__reduce_ex__(2)[1][0])
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 3
print(s.__getstate__())
try: s.__reduce__()
except TypeError as e: print("TypeError:", e)
r = s.__reduce_ex__(2); print(r[0].__name__, r[1][0].__name__, r[2:])
class B:
    def __init__(self, v): self.v = v
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return super().__reduce_ex__(proto)
b = B(5)
c = copy.copy(b); print(type(c).__name__, c.v, c is b)
d = copy.deepcopy(b); print(d.v)
e = pickle.loads(pickle.dumps(b, 2)); print(e.v)
e = pickle.loads(pickle.dumps(b, 0)); print(e.v)
class C:
    def __init__(self, v): self.v = v
    def __reduce__(self):
        print("reduce")
        return (C, (self.v * 2,))
print(copy.copy(C(2)).v, pickle.loads(pickle.dumps(C(3))).v)
r = C(1).__reduce_ex__(2); print(r[0].__name__, r[1])
class D:
    def __init__(self): self.a = [1]
    def __getstate__(self):
        st = super().__getstate__().copy(); st['extra'] = 1; return st
print(D().__getstate__(), copy.deepcopy(D()).__dict__, pickle.loads(pickle.dumps(D())).__dict__)
class E:
    def __reduce_ex__(self, proto): return "E_global"
print(copy.copy(E()).__class__.__name__)
for f in [lambda: a.__reduce_ex__(), lambda: a.__reduce_ex__('x'), lambda: a.__reduce__(1), lambda: a.__getstate__(1), lambda: object.__reduce_ex__(), lambda: object.__getstate__()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print((1).__reduce_ex__(2)[1], [1, 2].__reduce_ex__(2)[1], (3).__getstate__() if hasattr(3, '__getstate__') else None)
class L(list): pass
l = L([1, 2]); l.z = 9
r = l.__reduce_ex__(2); print(r[1][0].__name__, r[2], list(r[3]))
print([n for n in dir(object()) if 'reduce' in n or 'state' in n])
