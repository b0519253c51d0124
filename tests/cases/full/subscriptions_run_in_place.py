# Subscriptions of instances whose class defines __getitem__, __setitem__
# or __delitem__ in Python: the eval loop runs the method in place (like a
# call). Results, return values that are ignored, errors raised inside
# the methods, methods changed after first use and subclasses must all
# behave as in CPython.
class Grid:
    def __init__(self, w):
        self.w = w
        self.cells = {}

    def __getitem__(self, key):
        if key == "boom":
            raise KeyError(key)
        x, y = key
        return self.cells.get(y * self.w + x, 0)

    def __setitem__(self, key, value):
        x, y = key
        self.cells[y * self.w + x] = value
        return "ignored"

    def __delitem__(self, key):
        x, y = key
        del self.cells[y * self.w + x]
        return "ignored too"


g = Grid(4)
g[1, 2] = 5
g[0, 0] = g[1, 2] + 1
print(g[1, 2], g[0, 0], g[3, 3], sorted(g.cells.items()))
del g[1, 2]
print(g[1, 2], sorted(g.cells))
try:
    del g[2, 2]
except KeyError as e:
    print("KeyError", e)
try:
    g["boom"]
except KeyError as e:
    print("KeyError", e)
g[0, 0] += 10
print(g[0, 0])


class Counted(Grid):
    reads = 0

    def __getitem__(self, key):
        Counted.reads += 1
        return super().__getitem__(key)


c = Counted(2)
c[1, 1] = 7
print([c[1, 1] for _ in range(3)], Counted.reads)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), Squares()[3])
for name in ("__getitem__", "__setitem__", "__delitem__"):
    try:
        if name == "__getitem__":
            object()[0]
        elif name == "__setitem__":
            object()[0] = 1
        else:
            del object()[0]
    except TypeError as e:
        print("TypeError:", e)


class Box:
    def __getitem__(self, i):
        return ("first", i)


b = Box()
print(b[1])
Box.__getitem__ = lambda self, i: ("second", i)
print(b[2])
del Box.__getitem__
try:
    b[3]
except TypeError as e:
    print("TypeError:", e)
Box.__getitem__ = staticmethod(lambda i: ("static", i))
print(b[4])


class Deep:
    def __getitem__(self, i):
        return self[i + 1]


try:
    Deep()[0]
except RecursionError:
    print("RecursionError")


class Wrong:
    def __setitem__(self, key):
        pass


try:
    Wrong()[1] = 2
except TypeError as e:
    print("TypeError:", e)


def total(grid, n):
    s = 0
    for i in range(n):
        grid[i % 4, i // 4] = i
        s += grid[i % 4, i // 4]
    return s


print(total(Grid(4), 16))
