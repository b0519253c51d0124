# Floor division and modulo follow the sign of the divisor, for ints, floats
# and big ints; divmod agrees with // and %.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, "->", a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (-1, 3.0), (0.0, -1)]:
    print(a, b, "->", a // b, a % b, divmod(a, b))
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (3, big), (-3, big), (big, big - 1), (-big, 10 ** 15)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, a // b == q, a % b == r)
print(-1 % 1000000007, -(10 ** 20) % 7, (-10) ** 20 % 7)
print(-3 // 2 * 2, -(3 // 2) * 2, -3 % 2 * 2)
print(5 % -3, -5 % 3, 5.0 % -3, -5.0 % 3, -0.0 % 5, 1e-20 % 1, -1e-20 % 1)
