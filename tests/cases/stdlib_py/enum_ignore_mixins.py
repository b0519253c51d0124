# enum: _ignore_ names are neither members nor attributes; a mixed-in str or
# int type keeps its own == and hash; _generate_next_value_ after an auto()
# member is refused; a metaclass stops `del Color.RED`; reversed(EnumClass).
from enum import Enum, IntEnum, auto


class Hi(Enum):
    _ignore_ = ["tmp", "k"]
    tmp = 5
    A = 1
    for k in range(2):
        pass


print(list(Hi), hasattr(Hi, "tmp"), hasattr(Hi, "_ignore_"))


class Period(Enum):
    _ignore_ = "day i"
    day = 0
    for i in range(3):
        pass
    WEEK = auto()


print(list(Period))


class S(str, Enum):
    X = "x"


class I(int, Enum):
    ONE = 1


print(S.X == "x", S.X != "x", hash(S.X) == hash("x"), {"x": 1}[S.X], S.X.upper())
print(I.ONE == 1, I.ONE + 1, {1: "a"}[I.ONE], I.ONE == I.ONE, I.ONE != 2)


class Plain(Enum):
    A = 1
    B = 1.0
    C = 2


print(Plain.A == Plain.B, Plain.A == 1, Plain.A != Plain.C, Plain.A is Plain.B, list(Plain))
try:

    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name

except TypeError as e:
    print(e)
try:
    del Plain.A
except AttributeError as e:
    print(e)
print(list(reversed(Plain)), list(reversed(IntEnum("N", "a b c"))))
