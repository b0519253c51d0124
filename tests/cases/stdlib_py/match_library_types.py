# match statement with library types: dataclasses (generated __match_args__),
# namedtuple, enum members as value patterns, deque/OrderedDict/defaultdict/Counter,
# and user classes that derive from or register with collections.abc Sequence/Mapping.
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
from collections.abc import Sequence, Mapping
from dataclasses import dataclass, field
from enum import Enum, auto


class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


@dataclass
class Pixel:
    x: int
    y: int
    color: Color = Color.RED


@dataclass(match_args=False)
class NoArgs:
    a: int


Pair = namedtuple("Pair", "left right")


def paint(p):
    match p:
        case Pixel(0, 0, Color.RED):
            return "red origin"
        case Pixel(x, y, Color.GREEN | Color.BLUE as c):
            return f"{c.name.lower()} at {x},{y}"
        case Pixel(color=Color.RED, x=x):
            return f"red at x={x}"
        case _:
            return "?"


print(Pixel.__match_args__)
for p in [Pixel(0, 0), Pixel(1, 2, Color.GREEN), Pixel(3, 4, Color.BLUE), Pixel(5, 6)]:
    print(paint(p))

match NoArgs(1):
    case NoArgs(a=1):
        print("keyword patterns still work without __match_args__")
try:
    match NoArgs(1):
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

match Pair(1, 2):
    case Pair(l, r):
        print("namedtuple by __match_args__", l, r)
match Pair(3, 4):
    case (a, b):
        print("namedtuple as a sequence", a, b)

match Color.GREEN:
    case Color.RED:
        print("wrong")
    case Color.GREEN:
        print("value pattern compares with ==")

# deque is a sequence; the dict family are mappings.
for v in [deque([1, 2, 3]), OrderedDict(a=1), defaultdict(int, {"a": 2}), Counter("aab")]:
    match v:
        case [first, *rest]:
            print(type(v).__name__, "sequence", first, rest)
        case {"a": a, **rest}:
            print(type(v).__name__, "mapping", a, dict(rest))

# A defaultdict's default factory is not used by mapping patterns.
dd = defaultdict(list)
match dd:
    case {"absent": _}:
        print("wrong")
    case _:
        print("absent key not created:", dict(dd))


class Polyline(Sequence):
    def __init__(self, *points):
        self._points = list(points)

    def __getitem__(self, i):
        print("  getitem", i)
        return self._points[i]

    def __len__(self):
        return len(self._points)


match Polyline("a", "b", "c", "d"):
    case [first, *_, last]:
        print("Sequence subclass, subscripted:", first, last)
match Polyline("a", "b"):
    case [x, y]:
        print("Sequence subclass, unpacked:", x, y)


class Registered:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def __iter__(self):
        return iter(self.data)


Sequence.register(Registered)
match Registered([7, 8]):
    case [a, b]:
        print("registered Sequence:", a, b)


class Settings(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)


match Settings(debug=True, level=3):
    case {"debug": True, **others}:
        print("Mapping subclass:", others)

# ChainMap is a mapping too, and the collections types are generic (ChainMap[str, int]).
from collections import ChainMap


class Scope(ChainMap[str, int]):
    pass


match Scope({"a": 1}, {"b": 2}):
    case {"b": b, **rest}:
        print("ChainMap subclass:", b, rest)
print(deque[int], OrderedDict[str, int], Counter[str])

# A class's __dict__ (mappingproxy) is a mapping, array.array a sequence, dict views neither.
import array


class Config:
    level = 3


match Config.__dict__:
    case {"level": level}:
        print("mappingproxy:", level)
match array.array("i", [1, 2, 3]):
    case [first, *rest]:
        print("array:", first, rest)
for view in ({"a": 1}.keys(), {"a": 1}.items()):
    match view:
        case [x] | {"a": x}:
            print("wrong", x)
        case _:
            print(type(view).__name__, "is neither")
