# Dynamic attributes and callables: getattr/setattr/hasattr/delattr, a
# __call__ method, callable(), and dispatch by method name.
class Robot:
    def __init__(self):
        self.x = 0
        self.y = 0

    def north(self, n):
        self.y += n

    def east(self, n):
        self.x += n

    def __call__(self, command):
        name, amount = command.split()
        getattr(self, name)(int(amount))
        return (self.x, self.y)


r = Robot()
print([r(c) for c in ["north 3", "east 2", "north -1"]])
print(hasattr(r, "x"), hasattr(r, "z"), getattr(r, "z", "missing"), callable(r), callable(r.x), callable(len))
setattr(r, "z", 9)
print(r.z, sorted(vars(r)))
delattr(r, "z")
print(hasattr(r, "z"))
try:
    getattr(r, "fly")
except AttributeError as e:
    print("AttributeError:", e)


class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))
