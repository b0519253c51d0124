# decimal: construction, str/repr, arithmetic rounded to the context,
# quantize and round, comparisons and hashes, contexts, and errors.
from decimal import Decimal, getcontext, setcontext, localcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero
import decimal
from fractions import Fraction

D = Decimal
vals = ["0", "-0", "1", "-1.50", "123.456", "1e5", "1E-7", "-0.0000001", "123E-10", "0E+3", "0.000001", "0.0000001",
        "12345678901234567890.123456789", " 42 ", "+7.", ".5", "1_000.5", "1e+30", "-12.3e-2", "100E-2"]
for s in vals:
    d = D(s)
    print(repr(s), repr(d), str(d), d.as_tuple(), d.adjusted(), int(d), float(d))
for v in [0, -5, 10**30, 1.1, 0.5, -2.75, 1e-7, 3.0, -0.0, 2**0.5, (0, (1, 2, 3), -2), (1, (0,), 0), D("3.14")]:
    print(repr(D(v)))
a, b = D("1.1"), D("2.20")
print(a + b, a - b, a * b, b / a, a / 3, D(1) / 7, D(2) / 3, D(10) / 4, D("1.00") / D("0.5"), D(-7) / 2)
print(D("0.1") + D("0.2") == D("0.3"), 0.1 + 0.2 == 0.3, D(1) + 2, 3 - D("0.5"), 2 * D("1.25"), 1 / D(8))
print(D(7) // 2, D(-7) // 2, D(7) % 3, D(-7) % 3, D("7.5") % D("2"), divmod(D(17), D(5)), D("-0.5") // 1)
print(-D("1.5"), +D("-0"), -D("0"), abs(D("-3.20")), D("1.5") ** 2, D(2) ** 10, D(10) ** 30, D("-2") ** 3, D(7) ** 0)
print(D("1.0") + D("-1.0"), D("-0") + D("-0"), D("1E+2") + D("1E-30"), D("9.999999999999999999999999999") + D("0.0000000000000000000000000005"))
for x in ["2.675", "2.665", "-2.675", "0.125", "1.005", "7.3499", "-0.5"]:
    d = D(x)
    print(x, [str(d.quantize(D("0.01"), rounding=r)) for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP)])
print(D("2.5").quantize(D("1")), D("3.5").quantize(D("1")), D("123.456").quantize(D("1E+1")), D("1.2").quantize(D("0.0001")))
print(round(D("2.5")), round(D("3.5")), round(D("-2.5")), round(D("1.2345"), 2), round(D("1234.5"), -2), type(round(D("2.5"))).__name__)
import math
print(math.floor(D("-1.5")), math.ceil(D("1.2")), math.trunc(D("-1.7")))
print(D("1.30") == D("1.3"), D(1) == 1, D("0.5") == 0.5, D("1.1") == 1.1, D("0.25") == Fraction(1, 4), D(2) < 3, D("1.5") > 1.25, D(1) != "1")
print(sorted([D("3"), D("1.5"), D("-2"), D("1.50")]), max(D(1), D("1.0")), min([D("2.2"), D("2.10")]))
print(hash(D(5)) == hash(5), hash(D("0.5")) == hash(0.5), hash(D("1.10")) == hash(D("1.1")), hash(D("-1")) == hash(-1), hash(D("0.1")) == hash(Fraction(1, 10)))
print({D("1.0"): "a"}[D(1)], D("1.5").as_integer_ratio(), D("-0.75").as_integer_ratio(), bool(D("0.00")), bool(D("0.01")))
print(D("120.00").normalize(), D("0.00").normalize(), D("1.2E+3").normalize(), D("5.5").to_integral_value(), D("-5.5").to_integral_value(ROUND_DOWN))
print(D("1.5").is_signed(), D("-0").is_signed(), D("0").is_zero(), D("5").copy_negate(), D("-5").copy_abs(), D("5").copy_sign(D("-1")))
print(f"{D('3.14159'):.2f}", f"{D('2.675'):.2f}", f"{D('1E+3'):f}", f"{D('-0.5'):.0f}", format(D("1.5")), f"{D('12.5'):8.1f}|")
print(getcontext().prec, getcontext().rounding)
getcontext().prec = 6
print(D(1) / 7, D("123456789") + 0, D("1.23456789") * 1, D(2) / 3)
getcontext().rounding = ROUND_HALF_UP
print(D(2) / 3, D("1.0000005") + 0, D("0.5") * 1)
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / 3, getcontext().prec)
print(getcontext().prec)
with localcontext(prec=50):
    print(D(1) / 7)
setcontext(Context(prec=10))
print(D(1) / 3, getcontext().rounding)
c = Context(prec=4, rounding=ROUND_DOWN)
setcontext(c)
print(D(2) / 3, D("99999") + 1)
setcontext(Context())
print(D(10) / 3)
for f in [lambda: D(1) / 0, lambda: D(0) / 0, lambda: D(1) // 0, lambda: D(1) % 0, lambda: D(0) % 0, lambda: D("abc"), lambda: D("1.2.3"),
          lambda: D("1e"), lambda: D(""), lambda: D([1]), lambda: D(object()), lambda: D("1.234").quantize(D("1E-30")),
          lambda: D(10**30) // D("0.0001"), lambda: D(1) + 1.5, lambda: 1.5 * D(1), lambda: D(2) ** 0.5, lambda: divmod(D(1), 1.0), lambda: D(1) - None, lambda: D((2, (1,), 0)), lambda: D((0, (1, 10), 0))]:
    try:
        print(repr(f()))
    except (ArithmeticError, TypeError, ValueError) as e:
        print(type(e).__name__, e, isinstance(e, ZeroDivisionError), isinstance(e, InvalidOperation))
try:
    getcontext().prec = 0
except ValueError as e:
    print(e)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError), decimal.DivisionByZero.__mro__[1].__name__)
print(sum([D("0.1")] * 10), sum([D("1.10"), D("2.205")]), D(1).__class__.__module__)
