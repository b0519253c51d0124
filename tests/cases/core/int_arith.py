# Integer arithmetic: every operator, precedence, unary minus/plus, and
# results that stay ints versus those that become floats.
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b, (-a) ** b)
print(+a, -(-a), --a, -+-a, not a, ~a)
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2, -2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2, 100 // 7 * 7 + 100 % 7, 10 - 4 - 3, 100 / 10 / 5)
print(7 // 1, 0 // 5, 0 % 5, 5 % 1, 1 * 0, 0 * -1, -0)
print(6 / 3, 7 / 7, 0 / 1, 1 / 4, 3 / -4)
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 6
print(x)
x **= 3
print(x)
x /= 4
print(x)
total = 0
for i in range(1, 101):
    total += i * i - i
print(total)
print(1_000_000 + 2, 0b1010 + 0o17 + 0xFF, 0xdead_beef, 0B11, 0O7, 0X1f)
print(10 ** 0, 0 ** 0, 1 ** 1000, (-1) ** 1001, 0 ** 5)
