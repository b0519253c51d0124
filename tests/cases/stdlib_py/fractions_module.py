# fractions.Fraction: construction, exact arithmetic, mixed float arithmetic,
# comparisons, hashes equal to int/float ones, rounding, limit_denominator, errors.
from fractions import Fraction as F
print(F(3, 4), repr(F(6, -8)), F("1.25"), F("-3/9"), F(" 7 "), F("1e-3"), F(0.5), F(2.25), F(5))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(1, 3)), -a, +a, abs(F(-2, 5)))
print(a + 1, 1 + a, a * 2.0, 2 - a, 3 / a, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(3), 4 ** F(1, 2), a ** 0.5)
print(a < b, a > b, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, a < 1, a >= 0.3, F(1, 2) != 0.5)
print(hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), hash(F(-1)) , hash(F(1, 3)))
print(int(F(-7, 2)), float(F(1, 8)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 2), round(F(1234), -2))
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(10))
print(F(10, 4).numerator, F(10, 4).denominator, F(10, 4).as_integer_ratio(), F.from_float(0.1), bool(F(0)))
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4]), f"{F(1, 3)}", str(F(4, 2)))
try:
    f"{F(1, 3):.3f}"
except TypeError as e:
    print(e)
print(F(F(1, 2), F(1, 3)), F(1, 2) in {0.5})
for bad in ["abc", "1/0x", ""]:
    try:
        F(bad)
    except ValueError as e:
        print(e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print(e)
try:
    F(1.5, 2)
except TypeError as e:
    print(e)
