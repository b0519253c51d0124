# Float arithmetic: mixing ints and floats, rounding error made visible,
# floor division and modulo, conversions and accumulation.
print(0.1 + 0.2, 0.3 - 0.1, 0.1 * 3, 0.7 + 0.1, 1.1 + 2.2, 3.3 / 1.1, 1 - 0.9)
print(1 + 2.0, 3 * 1.5, 7 / 2, 7.0 // 2, 7 // 2.0, 2 - 0.5, -2 * 0.5, 10 / 3.0)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 1.0 + 2 ** 53, 0.1 + 0.7 + 0.2, 0.1 + (0.7 + 0.2))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), abs(total - 1.0) < 1e-12)
print(5.5 // 1, 5.5 % 1, -5.5 // 1, -5.5 % 1, 2.5 % 0.5, 0.3 % 0.1, 10.0 % 3)
print(float(1), float(-3), float(10 ** 15), float("12.5"), int(2.5), int(-2.5), int(1e15))
x = 2.0
x *= 1.5
x -= 0.5
x /= 0.25
x //= 3
x %= 2
x **= 3
print(x)
print(abs(-0.0), -0.0 == 0.0, 0.0 == -0.0, 1 / 3 * 3, 2 / 3 * 3, 4 / 3 - 1 / 3)
print(max(0.1, 0.2), min(-1.0, -1), max(1, 1.0), min(1.0, 1), max(2, 2.0, 1.5))
inf = float("inf")
print(inf + inf, inf - 1e308, -inf * 2, inf / 2, 1 / inf, -1 / inf, inf > 1e308, -inf < -1e308)
print(0.1 + 0.2 > 0.3, 0.5 + 0.25 == 0.75, 1e-16 + 1 == 1)
