# Which values make equal dict keys: 1, 1.0 and True collide; 0, 0.0, -0.0
# and False collide; tuples hash by content; strings are case-sensitive.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d)
z = {0: "int"}
z[-0.0] = "negzero"
z[False] = "false"
z[0.0] = "float"
print(z)
keys = {(1, 2): "tuple", "1": "str", 2.5: "float", None: "none", -1: "minus one", 2 ** 80: "big"}
print(keys[(1, 2)], keys["1"], keys[2.5], keys[None], keys[-1], keys[2 ** 80], keys[float(2 ** 80)])
print(1 in {1.0: 0}, "A" in {"a": 0}, (1, (2, 3)) in {(1, (2, 3)): 0}, (1.0, 2) in {(1, 2): 0})
counter = {}
for value in [1, 1.0, True, 2, 2.0, "2", (2,), 0, False, 0.0]:
    counter[value] = counter.get(value, 0) + 1
print(counter)
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)))
print(hash(0) == hash(0.0) == hash(-0.0), hash(2 ** 80) == hash(float(2 ** 80)), hash(-1) == hash(-1.0))
