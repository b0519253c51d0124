# Subclassing list, dict (__missing__), set, tuple (__new__), int, str, float, bytes and exceptions: payload, inherited methods, operators, isinstance, reprs.
class L(list):
    def total(self):
        return sum(self)
l = L([3, 1, 2])
l.append(5)
print(l, len(l), l.total(), isinstance(l, list), type(l).__name__)
l.sort()
print(l, l[0], l[-1], l[1:3], 2 in l, list(l), sorted(l, reverse=True))
l += [9]
print(type(l).__name__, l)
print(l == [1, 2, 3, 5, 9], l + [0], bool(L()), repr(l))
for x in l:
    print(x, end=" ")
print()
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
d["b"] = 2
print(d, d["a"], d["zz"], len(d), sorted(d), d.get("q"), "a" in d, isinstance(d, dict))
class Counter(dict):
    def __init__(self, it):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
print(Counter("abracadabra"))
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(1, 2)
print(p, p.x, len(p), hash(p) == hash((1, 2)), p == (1, 2), type(p).__name__)
a, b = p
print(a, b)
class I(int):
    def double(self):
        return self * 2
i = I(21)
print(i, i.double(), i + 1, type(i + 1).__name__, isinstance(i, int), [10, 20, 30][I(1)], -i, str(i), f"{i}")
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s, s.shout(), len(s), s + "x", "-".join([s, s]), s == "hi", {s: 1}["hi"], repr(s))
class F(float):
    pass
print(F(1.5) * 2, F("2.5"))
class St(set):
    pass
st = St([1, 2, 2])
st.add(3)
print(sorted(st), len(st), 2 in st)
class E(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 3)
except ValueError as e:
    print(repr(e), str(e), e.code, e.args)
class L2(list):
    def __getitem__(self, i):
        return "over" + str(i)
    def __len__(self):
        return 42
    def __repr__(self):
        return "L2!"
l2 = L2([1])
print(l2[0], len(l2), l2, str(l2), [l2])
class B(bytes):
    pass
print(B(b"ab"), len(B(b"ab")))
print(str(L), repr(D), L.__mro__)
