# Stores into arrays of each float and integer typecode from one site (the
# float-into-'d' store takes a shorter path): values kept, conversions of
# ints and float subclasses, out-of-range indexes and bad values.
from array import array


class F(float):
    pass


def store(a, i, v):
    a[i] = v


d = array("d", [0.0]) * 4
for i, v in enumerate([1.5, 2, F(3.25), True]):
    store(d, i, v)
print(d, [type(x).__name__ for x in d])
for args in [(d, 9, 1.0), (d, -9, 1.0), (d, 0, "x"), (d, "0", 1.0), (d, 0, None)]:
    try:
        store(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
f = array("f", [0.0]) * 2
store(f, 0, 0.1)
store(f, -1, 2.5)
print(f)
i = array("i", [0]) * 2
store(i, 1, 7)
try:
    store(i, 0, 1.5)
except TypeError as e:
    print("TypeError", e)
print(i, d[1:3], d[-1])
for op in (lambda: d["1"], lambda: d.__delitem__(None), lambda: d[1.0]):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
