# Float repr is the shortest string that round-trips; exponent notation
# switches at 1e16 and 1e-4; special values inf, -inf, nan, -0.0.
values = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 9999999999999998.0,
          12345678901234567.0, 0.0001, 0.00001, 1.5e-5, 123.456, 1e100, 1e-100, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 100.0, 1e22, 1e23, 0.5, 0.25, 1e-7,
          123456789.123456789, 4.35, 0.1 * 3, 1.1 * 3, 2.675, 1e16 + 2, float(2 ** 53), 1 / 7]
for v in values:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"), float("Infinity"), float("-iNF"), float("NaN"))
print([0.1, 1e20, -0.0], (2.5,), {1.5: 2.0})
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, -1e-320 / 1e10)
print(float("1_000.5"), float(".5"), float("5."), float("1e5"), float("-1E-5"), float(" +2.5 "))
