# ** and pow(): right associativity, negative exponents give floats, zero and
# negative bases, float exponents, and three-argument pow.
print(2 ** 10, 2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -0.5, 0 ** 0, 0.0 ** 0)
print(2 ** 3 ** 2, -2 ** 2, (-2) ** 2, -2 ** -2, 2 ** -3 ** 2)
print(2.0 ** 3, 2 ** 3.0, 9 ** 0.5, 8 ** (1 / 3), 1.5 ** 2, (-1.5) ** 3, 10.0 ** 20, 10 ** 20)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 10 ** 9 + 7), pow(7, 0, 13), pow(2.0, 3))
print(1 ** -5, (-1) ** -5, 1.0 ** 10 ** 6, 0 ** 10, 0.5 ** 1074, 2 ** 0.5 * 2 ** 0.5)
print(isinstance(2 ** 2, int), isinstance(2 ** -2, float), isinstance(2 ** 2.0, float))
x = 3
x **= 2
x **= -1
print(x)
