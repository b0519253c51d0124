# d[s] and d[s] = v with a str key, which the VM looks up without building
# a key object: hits, misses, replacing and adding, keys that are str
# subclasses or equal ints/floats, and (last, as it changes how every later
# lookup goes) a key whose __eq__ is written in Python.
d = {"a": 1, "b": 2, 3: "three", 4.5: "float"}
print(d["a"], d["b"], d[3], d[4.5])
d["a"] = 10
d["c"] = 30
print(d, list(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
key = "".join(["a", "b"])
d[key] = "joined"
print(d["ab"], d[key], len(d))


class S(str):
    pass


d[S("s")] = "subclass key"
print(d["s"], d[S("s")], type(list(d)[-1]).__name__)
d["s"] = "replaced through a plain str"
print(d[S("s")], type(list(d)[-1]).__name__)


class Missing(dict):
    def __missing__(self, key):
        return "missing " + key


m = Missing(a=1)
print(m["a"], m["zzz"])


class Loose:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name or (isinstance(other, Loose) and other.name == self.name)


e = {Loose("x"): "loose"}
print(e["x"])
e["x"] = "replaced"
print(len(e), list(e.values()))
print(d["a"], d["c"])
