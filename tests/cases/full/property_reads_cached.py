# A property read on an instance remembers where the class keeps the
# property; replacing it, shadowing it in a subclass, or an instance dict
# entry of the same name must still behave as Python says.


class Box:
    def __init__(self, v):
        self.v = v

    @property
    def double(self):
        return self.v * 2


class Sub(Box):
    @property
    def double(self):
        return "sub"


def read_all(objs):
    return [o.double for o in objs]


b, s = Box(3), Sub(4)
print(read_all([b, s, b, s]))
b.__dict__["double"] = "instance value"
print(read_all([b]), b.__dict__)
Box.double = property(lambda self: self.v + 100)
print(read_all([b, s]))
Box.double = 7
print(read_all([b, Box(1)]))
del b.__dict__["double"]
print(read_all([b]))


class Bare(Box):
    double = property(None)


for o in (Bare(1), s):
    try:
        print(o.double)
    except AttributeError as e:
        print("AttributeError:", e)


class Fails:
    @property
    def value(self):
        raise ValueError("from the getter")


for _ in range(3):
    try:
        Fails().value
    except ValueError as e:
        print("ValueError:", e)
