# Dict order under heavy deletion: deleting keeps the order of the rest,
# re-inserting a deleted key appends it, popitem() is LIFO, iteration and
# views skip deleted entries, and == ignores order.
d = {}
for i in range(40):
    d[i] = i * i
for i in range(0, 40, 2):
    del d[i]
print(len(d), list(d)[:6], list(d)[-3:])
d[0] = "back"
d[4] = "again"
d[39] = "updated"
print(list(d)[-4:], d[39], d[0])
print(d.popitem(), d.popitem(), d.popitem())
print(len(d), list(d)[-2:])

# Delete almost everything, then iterate and rebuild.
big = {}
for i in range(5000):
    big["k" + str(i)] = i
for i in range(5000):
    if i % 997 != 0:
        big.pop("k" + str(i))
print(big, len(big))
print(list(big.keys()), list(big.values()), list(big.items()))
for k in list(big):
    del big[k]
    big[k] = len(big)
print(big)

# Churn: a sliding window of live keys, with re-insertions of old keys.
w = {}
for i in range(3000):
    w[i] = i
    if i >= 10:
        del w[i - 10]
    if i % 500 == 0:
        w[-i] = "old"
print(len(w), list(w))
print(sum([w[k] for k in w if k >= 0]))

# popitem drains in reverse insertion order, even after deletions.
p = {}
for c in "abcdefghij":
    p[c] = ord(c)
del p["j"]
del p["e"]
p["e"] = 0
out = []
while p:
    out.append(p.popitem())
print(out, p, len(p))
p["z"] = 1
p["y"] = 2
del p["z"]
print(p.popitem(), p)

# Equality ignores order; deleted keys do not count.
a = {1: "x", 2: "y", 3: "z"}
b = {3: "z", 2: "y", 1: "x", 4: "w"}
print(a == b, a != b)
del b[4]
print(a == b, a != b, list(a) == list(b))
b[4] = "w"
b.pop(4)
print(a == b, {} == {}, {1: 1} == {1: 1.0}, {1: 2} == {1: 3})
e = dict(a)
for k in [1, 2, 3]:
    del e[k]
print(e == {}, len(e), e)

# Views stay live across deletions; repr shows only live entries.
v = {"a": 1, "b": 2, "c": 3, "d": 4}
ks = v.keys()
vs = v.values()
its = v.items()
del v["b"]
v.pop("a")
v["a"] = 10
print(ks, vs, its, len(ks), "a" in ks, "b" in ks, ("a", 10) in its)
print(v, repr(v), str(v))

# Copies and comprehensions of a dict with holes keep its order.
h = {i: str(i) for i in range(20)}
for i in range(0, 20, 3):
    del h[i]
c = h.copy()
c[100] = "new"
del c[1]
print(h)
print(c)
print({k: v for k, v in h.items() if k % 2}, dict(h) == h, list(reversed(list(h)))[:3])
h.clear()
h["after"] = "clear"
print(h, len(h))
