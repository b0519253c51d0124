# pickle: dataclasses, nested classes by qualified name, bound methods,
# slots with __dict__, uuid, IntFlag, partial, itemgetter, exceptions,
# ChainMap, re patterns, built-in functions and methods.
import pickle, dataclasses, uuid, fractions, enum, collections, re, functools, operator

@dataclasses.dataclass
class DC:
    a: int
    b: list = dataclasses.field(default_factory=list)

@dataclasses.dataclass(frozen=True)
class Frozen:
    x: int

class Outer:
    class Inner:
        def __init__(self):
            self.v = 1
    def meth(self):
        return "m"

class Both:
    __slots__ = ("s", "__dict__")

class Flag(enum.IntFlag):
    A = 1
    B = 2

for proto in (0, 2, 4, 5):
    print(proto, pickle.loads(pickle.dumps(DC(1, [2]), proto)), pickle.loads(pickle.dumps(Frozen(3), proto)))
    print(pickle.dumps(Outer.Inner(), proto))
    print(pickle.loads(pickle.dumps(Outer.Inner(), proto)).v, pickle.loads(pickle.dumps(Outer.Inner, proto)) is Outer.Inner)
    print(pickle.loads(pickle.dumps(Outer().meth, proto))())
    b = Both(); b.s = 1; b.d = 2
    if proto >= 2:
        c = pickle.loads(pickle.dumps(b, proto)); print(c.s, c.d)
    print(pickle.loads(pickle.dumps(uuid.UUID(int=5), proto)))
    print(pickle.loads(pickle.dumps(Flag.A | Flag.B, proto)))
    print(pickle.loads(pickle.dumps(object(), proto)).__class__)
    print(pickle.loads(pickle.dumps(functools.partial(max, 1), proto))(5))
    print(pickle.loads(pickle.dumps(operator.itemgetter(1), proto))([1, 2]))
    print(pickle.loads(pickle.dumps([KeyError("k"), StopIteration(3)], proto)))
    print(pickle.loads(pickle.dumps(collections.ChainMap({1: 2}), proto)))
    print(pickle.loads(pickle.dumps(re.compile("a+", re.I), proto)).pattern)
    print(pickle.loads(pickle.dumps(print, proto)) is print, pickle.loads(pickle.dumps([7].append, proto)).__self__)
