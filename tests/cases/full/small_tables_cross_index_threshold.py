# Dicts and sets of up to eight entries are searched without a hash index;
# the index appears when a ninth goes in. Lookups, deletions, popitem and
# Python-level key equality must behave the same on both sides of that line.


class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return f"Key({self.n})"


d = {}
for i in range(12):
    d[f"k{i}"] = i
    assert all(d[f"k{j}"] == j for j in range(i + 1)), i
    assert f"k{i + 1}" not in d
print(len(d), list(d)[:3], list(d)[-3:])

for i in range(0, 12, 2):
    del d[f"k{i}"]
print(d)
while len(d) > 2:
    print("popitem", d.popitem())
for i in range(20, 30):
    d[f"n{i}"] = i
print(d)
print(sorted(d.items())[:4], d.get("n29"), d.get("k0"))

collide = {Key(i): i for i in range(10)}
print(collide[Key(3)], collide[Key(9)], Key(10) in collide, len(collide))
collide[Key(3)] = "three"
del collide[Key(0)]
print(list(collide.values()))

mixed = {1: "int", 2.0: "float", True: "bool?"}
print(mixed, mixed[1.0], mixed[2])

s = set()
for i in range(16):
    s.add(i * 7 % 11)
    s.add(str(i))
print(len(s), sorted(s, key=str)[:5])
for i in range(16):
    s.discard(str(i))
print(s)
print({x % 9 for x in range(40)}, frozenset("abcdefghij") == frozenset("jihgfedcba"))
small = {"a": 1, "b": 2}
big = dict.fromkeys(range(20))
print(small == {"b": 2, "a": 1}, big == dict.fromkeys(range(19, -1, -1)), {**small, **big} == {**big, **small})
copies = [dict(small), small.copy(), {k: v for k, v in small.items()}]
print(copies, big.copy() == big)
ns = {}
for i in range(9):
    exec(f"v{i} = {i}", ns)
print(sorted(k for k in ns if k.startswith("v")))
