from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return self.name.lower()
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.RED in Color, Color.RED.describe())
print(Color.__members__.keys() if False else list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.RED])
print(f"{Color.RED}", format(Color.BLUE, '>12'), Color, type(Color.RED))
try: Color(7)
except ValueError as e: print('VE', e)
try: Color['X']
except KeyError as e: print('KE', e)
try: Color.RED = 5
except AttributeError as e: print('AE', e)
try: Color.RED.value = 5
except AttributeError as e: print('AE', e)
class N(IntEnum):
    A = auto(); B = auto()
print(N.A, repr(N.B), N.A + 1, f"{N.B}", N.A == 1, sorted([N.B, N.A]), str(N.A), format(N.A, '03d'))
class S(StrEnum):
    X = auto(); Y = 'why'
print(S.X, repr(S.Y), S.X == 'x', f"{S.Y}", S.X.upper(), S('why'))
class P(Flag):
    R = auto(); W = auto(); X = auto()
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, P.X in rw, ~P.R, repr(P(0)), list(rw), bool(P(0)), P.R & P.W)
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R | 1, Perm(7), int(Perm.R | Perm.X), Perm.R in Perm(6))
A = Enum('A', 'ONE TWO THREE')
print(list(A), A.TWO.value, repr(A(3)))
B = Enum('B', [('X', 10), ('Y', 20)])
print(B.Y, B(10))
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v):
        return cls.A
print(M(99))
try:
    @unique
    class U(Enum):
        A = 1; B = 1
except ValueError as e: print(e)
try:
    class Z(Color): pass
except TypeError as e: print(e)
class Planet(Enum):
    EARTH = (5.9e24, 6.3e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, Color.RED.name, Color.RED.value)
print(sorted(Color, key=lambda c: c.value))
try:
    Color.RED < Color.GREEN
except TypeError as e: print(e)
print(isinstance(Color.RED, Color), list(reversed(list(Color))))
print(repr(Color), repr(P))
