# Set operations on dict views with the view on either side, and CPython's
# choice between Python-equal keys (1, 1.0, True) in the result.
d = {1: "a", 2: "b"}
print(d.keys() & {1.0, 2}, d.keys() | {1.0}, d.keys() - {1.0}, d.keys() ^ {1.0, 3})
print({1.0, 2} & d.keys(), {1.0} | d.keys(), {True} & d.keys(), d.keys() & [True, 2.0])
print(d.items() & {(1.0, "a")}, {(1.0, "a")} & d.items(), d.keys() | [1.0, 5])
print({1.0, 2, 3} - d.keys(), {3, 1.0} ^ d.keys(), [3, 1.0] | d.keys() if False else "")
print(d.keys().isdisjoint({1.0}), d.keys() == {1.0, 2.0}, d.keys() <= {1.0, 2, 3})
big = {1.0: "x", 2.0: "y", 3.0: "z"}
print(d.keys() & big.keys(), big.keys() & d.keys(), {1.0, 2.0, 3.0, 4.0} & d.keys())
print(sorted(d.keys() & {1: 0}.keys()), d.items() - {(1, "a")}, {(2, "b")} | d.items() == d.items())
print({1.0, 2, 3} >= d.keys(), d.keys() < d.keys(), d.keys() < {1, 2, 3}, d.items() > {(1, "a")})
try:
    d.keys() <= [1]
except TypeError as e:
    print(e)
try:
    d.keys() & 5
except TypeError as e:
    print(e)
