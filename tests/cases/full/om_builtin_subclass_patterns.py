# Real-world built-in subclass patterns: AttrDict, a list-based Stack, a tuple Vec with super().__repr__(), a defaultdict-like dict, a float with __new__, an exception with a code.
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
a = AttrDict(x=1)
a.y = 2
print(a.x, a.y, a, hasattr(a, "z"))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s.pop(), s)
class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self, o)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self])
    __rmul__ = __mul__
    def __repr__(self):
        return "Vec" + super().__repr__()
v = Vec(1, 2) + Vec(3, 4)
print(v, 2 * v, v * 3, len(v), v[0], sorted({Vec(2, 1), Vec(1, 2)}))
class DefaultDict(dict):
    def __init__(self, factory, *a, **kw):
        super().__init__(*a, **kw)
        self.factory = factory
    def __missing__(self, k):
        self[k] = v = self.factory()
        return v
dd = DefaultDict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd, dd.factory is list)
class Temperature(float):
    def __new__(cls, deg):
        return super().__new__(cls, deg)
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32
t = Temperature(100)
print(t, t.fahrenheit, t > 50, max(Temperature(3), Temperature(7)))
class Error(Exception):
    def __init__(self, code, msg):
        super().__init__(f"[{code}] {msg}")
        self.code = code
try:
    raise Error(404, "not found")
except Error as e:
    print(e, e.code, e.args)
