# Flag boundaries as in CPython 3.11.2: Flag is CONFORM (unknown bits are
# dropped), IntFlag is KEEP (unknown bits are kept and shown), STRICT is a
# ValueError showing the bits, EJECT returns a plain int.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


for v in (8, 9, -1, -2, 15, 7):
    try:
        print(repr(Color(v)))
    except ValueError as e:
        print("ValueError:", e)
    print(repr(Perm(v)), str(Perm(v)))
print(repr(Perm.R | 8), repr(Perm.R ^ 8), repr(~Perm(8)), repr(Perm(8) | Perm.R))
print(repr(~Perm.R), repr(~Color.RED), repr(Perm.R & 8), repr(~Color(0)))


class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Conf(7)), repr(Ej(7)), type(Ej(7)).__name__, repr(Ej(3)))
print(Color._boundary_ is STRICT, Perm._boundary_ is KEEP, list(FlagBoundary))


class Small(Flag):
    A = 1


try:
    Small(2)
except ValueError as e:
    print(e)


class Odd(Flag):
    A = 1
    C = 4


try:
    Odd(2)
except ValueError as e:
    print(e)
print(repr(Odd(5)))
try:
    Odd(-1)
except ValueError as e:
    print(e)


class Strict(Flag, boundary=STRICT):
    A = 1
    C = 4


for v in (2, 8, -1, 5):
    try:
        print(repr(Strict(v)))
    except ValueError as e:
        print(e)
