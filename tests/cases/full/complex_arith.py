# Complex arithmetic across int, float, bool and complex in both orders:
# + - * / ** and unary operators, abs, signs of zero, and the errors.
operands = [0, 1, -2, True, False, 0.0, -0.0, 2.5, -1.5, 0j, 1j, -1j, 1+2j, -3.5+0.5j, complex(0.0, -0.0),
            10**20, 1e300+1e300j]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("**", lambda a, b: a ** b)]
for name, f in ops:
    for a in operands:
        row = []
        for b in operands:
            if not (isinstance(a, complex) or isinstance(b, complex)):
                continue
            try:
                row.append(repr(f(a, b)))
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
        if row:
            print(name, repr(a), row)
for z in [1j, -1j, 0j, -0j, 1+2j, complex(-0.0, 0.0), complex(float("inf"), 1), complex(1e308, 1e308)]:
    try:
        print(repr(z), -z, +z, abs(z), bool(z), z.conjugate(), z.real, z.imag)
    except OverflowError as e:
        print("OverflowError", e)
print((-1) ** 0.5, (-1.0) ** 0.5, (-8) ** (1 / 3), (-1) ** -0.5, (-2.5) ** 1.5, 2 ** 1j, 1j ** 1j)
print(1j ** 2, 1j ** -2, 1j ** 101, (1 + 1j) ** 100.0, (1 + 1j) ** 100, (2 + 3j) ** -3, (0.5 + 0.5j) ** 0)
for expr in ["1j // 1", "1 // 1j", "1j % 2", "2.0 % 1j", "divmod(1j, 1)", "1j << 1", "1j & 1", "~1j",
             "1j / 0", "1 / 0j", "1.0 / 0j", "0j ** -1", "0j ** 1j", "10j ** 1000", "1e200j ** 2",
             "1j < 2", "1j <= 1j", "2.5 > 1j", "1j >= True", "int(1j)", "float(1j)", "round(1j)", "round(1j, 2)",
             "pow(1j, 2, 3)", "pow(2, 2, 1j)", "pow(2.0, 2, 1j)", "10**400 * 1j", "1j + 10**400", "abs(complex(1e308, 1e308))",
             "'%d' % 1j", "'%f' % 1j", "'%x' % 1j", "1j + 'a'", "'a' * 1j", "[1] * 1j", "1j @ 1j"]:
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
x = 1j
x += 1
x *= 2j
x **= 2
x -= 0.5
x /= 2
print(x)
print(sum([1j, 2, 3.5, True]), sum([0.5j] * 4, 1j), sum([], 0j))
