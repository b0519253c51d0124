# pickle round trips of user classes (__dict__, __slots__, __getstate__/
# __setstate__, __reduce__, __reduce_ex__, __getnewargs__), list/dict
# subclasses, functions and classes by reference, shared and recursive
# references, and library types, with CPython's bytes.
import pickle, copyreg, collections, datetime, fractions, enum, re, io

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

class Slotted:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = 1
        self.__b = 2
    def get(self):
        return self.a, self.__b

class WithState:
    def __init__(self):
        self.secret = "s"
        self.keep = 5
    def __getstate__(self):
        d = dict(self.__dict__)
        del d["secret"]
        return d
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.secret = "restored"

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n * 2,))

class ReducedEx:
    def __init__(self, n):
        self.n = n
    def __reduce_ex__(self, proto):
        return (ReducedEx, (proto,))

class NewArgs(int):
    def __new__(cls, v, tag):
        self = int.__new__(cls, v)
        self.tag = tag
        return self
    def __getnewargs__(self):
        return (int(self), self.tag)

class MyList(list):
    pass

class MyDict(dict):
    pass

def func():
    return 42

class Color(enum.Enum):
    RED = 1
    GREEN = 2

Pair = collections.namedtuple("Pair", "a b")

p = Point(1, [2, 3])
for proto in range(6):
    print("protocol", proto)
    data = pickle.dumps(p, proto)
    print(data)
    print(pickle.loads(data))
    try:
        s = pickle.loads(pickle.dumps(Slotted(), proto))
        print(s.get())
    except TypeError as e:
        print("TypeError", e)
    w = pickle.loads(pickle.dumps(WithState(), proto))
    print(w.secret, w.keep)
    print(pickle.loads(pickle.dumps(Reduced(3), proto)).n, pickle.loads(pickle.dumps(ReducedEx(0), proto)).n)
    na = pickle.loads(pickle.dumps(NewArgs(7, "t"), proto))
    print(na, na.tag, type(na).__name__)
    ml = MyList([1, 2]); ml.extra = "e"
    b = pickle.loads(pickle.dumps(ml, proto))
    print(b, type(b).__name__, b.extra)
    md = MyDict(a=1)
    print(pickle.loads(pickle.dumps(md, proto)), type(pickle.loads(pickle.dumps(md, proto))).__name__)
    print(pickle.loads(pickle.dumps(func, proto))(), pickle.loads(pickle.dumps(Point, proto)) is Point)
    print(pickle.dumps(func, proto))
    shared = [1]
    obj = [shared, shared, {"k": shared}]
    back = pickle.loads(pickle.dumps(obj, proto))
    print(back, back[0] is back[1] is back[2]["k"])
    rec = [1]
    rec.append(rec)
    back = pickle.loads(pickle.dumps(rec, proto))
    print(back[1] is back, pickle.dumps(rec, proto))
    d = {}
    d["self"] = d
    print(pickle.loads(pickle.dumps(d, proto))["self"] is not None)
    t = ([],)
    t[0].append(t)
    back = pickle.loads(pickle.dumps(t, proto))
    print(back[0][0] is back, pickle.dumps(t, proto))
    print(pickle.loads(pickle.dumps(Color.GREEN, proto)) is Color.GREEN)
    print(pickle.loads(pickle.dumps(Pair(1, 2), proto)))
    print(pickle.loads(pickle.dumps(ValueError("bad", 3), proto)).args)
    print(pickle.loads(pickle.dumps(collections.OrderedDict(a=1, b=2), proto)))
    print(pickle.loads(pickle.dumps(collections.Counter("abca"), proto)))
    dd = pickle.loads(pickle.dumps(collections.defaultdict(list, {"x": [1]}), proto))
    print(dd, dd["new"])
    print(pickle.loads(pickle.dumps(collections.deque([1, 2], maxlen=5), proto)))
    print(pickle.loads(pickle.dumps(datetime.date(2024, 2, 29), proto)), pickle.loads(pickle.dumps(datetime.datetime(2024, 1, 2, 3, 4, 5), proto)))
    print(pickle.loads(pickle.dumps(datetime.timedelta(days=2, seconds=5), proto)))
    print(pickle.loads(pickle.dumps(fractions.Fraction(3, 4), proto)))
    print(pickle.loads(pickle.dumps([Point.__init__, Point(0, 0).__repr__()], proto))[1])
