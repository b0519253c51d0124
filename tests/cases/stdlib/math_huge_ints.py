# math functions given an int too large for a float: OverflowError where
# CPython converts to float, exact results where CPython works on the int.
import math


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = 10**1000
for f in [
    lambda: math.sqrt(b), lambda: math.exp(b), lambda: math.sin(b), lambda: math.pow(b, 1),
    lambda: math.hypot(b, 1), lambda: math.atan2(b, 1), lambda: math.copysign(b, 1),
    lambda: math.fabs(b), lambda: math.ldexp(b, 1), lambda: math.isfinite(b),
    lambda: math.isinf(b), lambda: math.fsum([b]), lambda: math.isclose(b, 1.0),
    lambda: math.log(b), lambda: math.log10(b), lambda: math.log2(b), lambda: math.floor(b) == b,
    lambda: math.gcd(b, 10), lambda: math.ldexp(1.0, b), lambda: math.ceil(1e300) == 10**300,
    lambda: complex(b), lambda: 1j + b, lambda: b * 1j,
]:
    show(f)
