# Big ints in every operator, mixed with small ints and floats, and crossing
# the 64-bit boundary in both directions.
a = 2 ** 64
b = 3 ** 50
small = 7
print(a, b, a + b, a - b, b - a, a * b)
print(a // small, a % small, -a // small, -a % small, a // -small, a % -small)
print(b // a, b % a, divmod(b, a), divmod(-b, a))
print(a / small, b / a, small / a, a / a)
print(a ** 3, (-a) ** 3, 2 ** 200 // 2 ** 199, a ** 0)
print(a & b, a | b, a ^ b, ~a, a << 3, b >> 10, -b >> 10)
print(a > b, a < b, a == 2 ** 64, a != b, a >= a, -a < small < a)
print(a + 0.5, a * 1.0, a == float(a), a + 1 == float(a + 1), a < a + 0.0 + 4096)
print(-a, abs(-a), +a, a - a, (a - a) == 0, bool(a - a), bool(a))
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2)
print(4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904, -4611686018427387904 * 2)
print((2 ** 63 - 1) * (2 ** 63 - 1), (2 ** 63) // (2 ** 31), (2 ** 100) - (2 ** 100) + 5)
x = 1
for i in range(1, 40):
    x *= i
    x -= i
print(x)
print(x // 10 ** 20, x % 10 ** 20, len(str(x)), str(x)[:10], str(-x)[:10])
print(sum([2 ** k for k in range(100)]) == 2 ** 100 - 1, max(2 ** 70, 2 ** 69), min(-2 ** 70, 5))
print(int(str(3 ** 100)) == 3 ** 100, hash(2 ** 10) == hash(1024), 10 ** 30 in [10 ** 30], {2 ** 80: "x"}[2 ** 80])
