# Properties read through LOAD_ATTR: getters run as calls (their AttributeError reaching __getattr__ only where the class has one), a generator getter, recursion through a getter, properties replaced on the class, and namedtuple fields (native reads of the tuple, past a __getitem__ the class overrides).
import collections
import sys


class Plain:
    def __init__(self):
        self.count = 2

    @property
    def doubled(self):
        return self.count * 2

    @property
    def missing(self):
        return self.nothing_here

    @property
    def numbers(self):
        yield self.count
        yield self.count + 1


class Fallback(Plain):
    def __getattr__(self, name):
        return 'fallback for ' + name


p, f = Plain(), Fallback()
print(p.doubled, f.doubled, list(p.numbers), f.missing)
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)

Plain.doubled = property(lambda self: 'replaced')
print(p.doubled, f.doubled)
Plain.doubled = 'plain value'
print(p.doubled)


class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        return 0 if self.n == 0 else 1 + Deep(self.n - 1).depth


print(Deep(50).depth)
sys.setrecursionlimit(100)
try:
    Deep(500).depth
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)

Point = collections.namedtuple('Point', 'x y')
pt = Point(3, y=4)
print(pt.x, pt.y, pt, Point.x.__doc__, Point._fields)


class Shifted(Point):
    def __getitem__(self, i):
        return 'overridden'


s = Shifted(5, 6)
print(s.x, s.y, s[0], isinstance(s, tuple))
try:
    pt.x = 9
except AttributeError as e:
    print('AttributeError', e)
print(sorted([Point(2, 1), Point(1, 2)], key=lambda q: q.y))
