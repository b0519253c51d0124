# obj.__dict__ and vars(obj) are the instance's live attribute mapping.
class P:
    def __init__(self):
        self.x = 1


p = P()
d = p.__dict__
d["y"] = 2
print(p.y, sorted(d.items()))
p.__dict__.update(z=3, w=4)
print(p.z, p.w)
vars(p)["v"] = 5
print(p.v, p.__dict__ is vars(p), d is p.__dict__)
del p.x
print("x" in d, sorted(vars(p)))
d.pop("y")
print(hasattr(p, "y"))
p.__dict__.clear()
print(vars(p))


def f():
    pass


f.__dict__["tag"] = "t"
print(f.tag)
f.extra = 1
print(sorted(f.__dict__.items()))
f.__dict__.update({"more": 2})
print(f.more)

try:
    object().a = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(object())
except TypeError as e:
    print("TypeError:", e)
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
e = ValueError("bad")
e.note = "n"
print(vars(e))
