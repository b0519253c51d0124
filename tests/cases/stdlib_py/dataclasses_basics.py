from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default='s', repr=False, compare=False)
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(1, 3), p.tags, Point.count, Point(5))
print([f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=9))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), Point.__hash__)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = 'z'
v = V(1)
print(v < V(2), sorted([V(3), V(1, 'a'), V(1)]), hash(v) == hash(V(1)), {v: 1}[V(1)])
try: v.a = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
    def __post_init__(self):
        self.total = self.a + self.b + self.c
c = Child(1)
print(c, c.total, [f.name for f in fields(c)])
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3), K.__match_args__)
@dataclass(kw_only=True)
class KK:
    x: int
    y: int = 0
print(KK(x=1))
try: KK(1)
except TypeError as e: print(e)
try: Point()
except TypeError as e: print(e)
@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(3)) == hash(H(3)), H(3))
@dataclass(eq=False)
class E:
    x: int
print(E(1) == E(1), E(1).__eq__ is not None)
@dataclass
class Nested:
    p: Point
    items: list
n = Nested(Point(1), [Point(2)])
print(asdict(n))
print(astuple(n))
@dataclass(repr=False)
class NR:
    x: int = 1
print(repr(NR()).startswith('<__main__.NR object'))
@dataclass
class Inv:
    name: str
    price: float
    qty: int = 0
    def total(self) -> float:
        return self.price * self.qty
print(Inv('w', 3.0, 10).total(), Inv('w', 3.0))
try: replace(3)
except TypeError as e: print(e)
try: fields(3)
except TypeError as e: print(e)
