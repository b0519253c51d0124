# Fraction arithmetic and comparison with Fractions and ints take short
# paths; results must stay in lowest terms with a positive denominator,
# hash like equal ints and floats, and fail with CPython's messages.
from fractions import Fraction as F


class Count(int):
    pass


class Half(F):
    pass


values = [F(0), F(1), F(-3, 4), F(5, 6), F(7, 1), F(-10**20, 3), F(2, 10**18)]
others = values + [0, 1, -2, True, Count(3), 10**25]
for a in values:
    row = []
    for b in others:
        row.append((a + b, a - b, a * b, b + a, b - a, b * a))
        if b:
            row.append((a / b, b / a if a else None))
        row.append((a < b, a <= b, a > b, a >= b, a == b, b < a))
    print(a, row)

for a in values:
    print(repr(a), hash(a), hash(a) == hash(float(a)) if a.denominator < 2**53 else "-", hash(-a))
print(hash(F(1, 2**61 - 1)), hash(F(-1, 2**61 - 1)), hash(F(-1)), hash(F(-2)))
print(F(1, 3) + 0.5, 0.5 - F(1, 3), F(1, 3) * 1.5, F(1, 3) < 0.4, 0.4 > F(1, 3))
print(type(Half(1, 2) + Half(1, 3)), Half(1, 2) < Half(2, 3), Half(3, 4) >= F(3, 4))
print(F(6, 4) / F(-3, 2), F(6, 4) / -3, -3 / F(6, 4), F(3, 5) * F(5, 3), F(1, 6) + F(1, 3))
print(sum([F(1, n) for n in range(1, 20)]), sum(F(1, 2) for _ in range(10)))

for thunk in (lambda: F(1, 2) / 0, lambda: F(1, 2) / F(0), lambda: 5 / F(0), lambda: F(3, 4) / False):
    try:
        thunk()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print({F(1, 2): "half", 0.5: "float", F(2, 4): "again", F(4): 4, 4: "int"})
