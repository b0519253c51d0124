# C.__dict__ is a read-only mappingproxy: reads work, writes raise.
class C:
    x = 1

    def m(self):
        return 2


d = C.__dict__
print(type(d).__name__, d["x"], "m" in d, d.get("nope", "default"))
print(sorted(k for k in d if not k.startswith("__")))
print(len(d) == len(list(d.keys())), d["m"](C()))
print(sorted(k for k, v in d.items() if not k.startswith("__")))
try:
    d["y"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    d.update({"y": 2})
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(C, "y"))
cp = d.copy()
cp["z"] = 3
print(type(cp).__name__, hasattr(C, "z"))
