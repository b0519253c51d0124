# Dataclass comparison and hashing read fields through generated code:
# order, frozen hash, compare=False, mangled names, empty and derived classes.

from dataclasses import dataclass, field
@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    z: list = field(default=None, compare=False, hash=False)
@dataclass
class E:
    pass
@dataclass(unsafe_hash=True)
class Q(P.__mro__[1] if False else object):
    _private: int = 1
    __mangled: int = 2
a, b = P(1, 2), P(1, 3, [1])
print(a < b, a == P(1, 2, "x"), hash(a) == hash(P(1, 2)), sorted([b, a]), E() == E(), E() != 3)
print(Q() == Q(), hash(Q()) == hash((1, 2)), Q(5) == Q(5, 3), Q.__dataclass_fields__.keys())
@dataclass
class R(P.__class__ if False else object):
    a: int
@dataclass(eq=True)
class S(R):
    b: int = 5
print(S(1) == S(1, 5), S(1) == R(1), R(1) == S(1))
