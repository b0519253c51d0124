# dataclass(slots=True) builds a class with __slots__ (no instance dict,
# unknown attributes refused, inherited slots not repeated); the MISSING and
# KW_ONLY sentinels have CPython's type names.
import dataclasses
from dataclasses import dataclass, field, MISSING, KW_ONLY


@dataclass(slots=True)
class S:
    x: int
    y: int = 2
    z: list = field(default_factory=list)

    def total(self):
        return self.x + self.y


s = S(1)
print(s, S.__slots__, s.total(), S.__qualname__, hasattr(s, "__dict__"))
try:
    s.w = 3
except AttributeError as e:
    print(e)


@dataclass(slots=True, frozen=True)
class T:
    a: int


t = T(3)
print(t, hash(t) == hash(T(3)), T.__slots__)
try:
    t.a = 4
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class U(S):
    w: int = 0


print(U(1, w=4), U.__slots__, [f.name for f in dataclasses.fields(U)])
print(type(MISSING).__name__, type(KW_ONLY).__name__, dataclasses.fields(S)[0].default is MISSING)
print(repr(dataclasses.fields(S)[0]).startswith("Field(name='x',type=<class 'int'>,default=<dataclasses._MISSING_TYPE object at "))
