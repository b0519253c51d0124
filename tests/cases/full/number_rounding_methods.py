# int and float rounding dunders (__round__, __floor__, __ceil__, __trunc__)
# called directly, float.fromhex/hex, bit_count and the integer ratios,
# with CPython's errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: (5).__round__())
t(lambda: (15).__round__(-1))
t(lambda: (25).__round__(-1))
t(lambda: (-15).__round__(-1))
t(lambda: (5).__round__(2))
t(lambda: (5).__floor__())
t(lambda: (5).__ceil__())
t(lambda: (5).__trunc__())
t(lambda: (10**30).__floor__())
t(lambda: True.__round__())
t(lambda: True.__ceil__())
t(lambda: (5).__round__(1, 2))
t(lambda: (5).__round__("a"))
t(lambda: (25).__round__(None))
t(lambda: (5).__floor__(1))
t(lambda: int.__floor__(2.5))
t(lambda: (2.5).__round__())
t(lambda: (3.5).__round__())
t(lambda: (2.567).__round__(2))
t(lambda: (2.5).__round__(None))
t(lambda: (2.5).__round__(1, 2))
t(lambda: (2.5).__floor__())
t(lambda: (-2.5).__floor__())
t(lambda: (2.5).__ceil__())
t(lambda: (-2.5).__trunc__())
t(lambda: (2.5).__floor__(1))
t(lambda: float.__floor__(2))
t(lambda: float("nan").__floor__())
t(lambda: float("inf").__ceil__())
t(lambda: float("inf").__round__())
t(lambda: float("inf").__round__(2))
t(lambda: (1e300).__trunc__())


class F(float):
    pass


class I(int):
    pass


t(lambda: F(2.5).__floor__())
t(lambda: I(7).__round__(-1))
t(lambda: type(F.fromhex("0x1p0")).__name__)
for s in ["0x1.8p1", "  0x1p-1074 ", "-0X.8P0", "inf", "-Infinity", "nan", "0x1p1024",
          "0x1.fffffffffffff8p1023", "0x1.fffffffffffffp1023", "1", "0x", "0x1.p0", "0xp1", "  ", "1e5",
          "0x1.0000000000000800000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1075",
          "0x1.0000001p-1075", "0x3p-1076", "ABC.DEFp-3", "0x1p+10", "0x1p99999999999999999999"]:
    t(lambda: float.fromhex(s))
for x in [0.1, -2.5, 1e-320, 5e-324, 1.7976931348623157e308, 0.0, -0.0]:
    print(x.hex(), float.fromhex(x.hex()) == x)
t(lambda: float.fromhex(1))
t(lambda: float.fromhex())
t(lambda: float.fromhex("1", "2"))
t(lambda: (255).bit_count())
t(lambda: (-(2**70 - 1)).bit_count())
t(lambda: (6).as_integer_ratio())
t(lambda: (0.75).as_integer_ratio())
t(lambda: (-0.1).as_integer_ratio())
t(lambda: (0.75).is_integer())
t(lambda: (3.0).is_integer())
t(lambda: float("inf").as_integer_ratio())
t(lambda: float("nan").as_integer_ratio())
print((2.5).__divmod__(2.0), (7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0), (2.5).__rdivmod__(7))
print((-7).__divmod__(2), (7.5).__rdivmod__(-2), True.__divmod__(2), (10**20).__divmod__(7))
t(lambda: (7).__divmod__(0))
t(lambda: (7.0).__divmod__(0))
t(lambda: (7).__divmod__("a"))
t(lambda: (7).__divmod__(1j))
t(lambda: hasattr(1j, "__divmod__"))
