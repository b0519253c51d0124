# dict.__ior__ and `d |= x` accept what update() accepts; `d | x` wants a dict.

d = {1: 2}
print(d.__ior__({3: 4}) is d, d)
print(d.__ior__([("a", 1)]), d.__or__([1]), d.__ror__("x"))
e = {}
e |= [("k", "v")]
e |= {"k": "w", "z": 0}
print(e)


class D(dict):
    pass


x = D(a=1)
x |= {"b": 2}
print(type(x).__name__, x)
for bad in ("FooBar", 42, [36], None):
    try:
        d.__ior__(bad)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    d | [("q", 1)]
except TypeError as exc:
    print(exc)
