# Decimal arithmetic at a high precision: results that fit the context are
# kept as they are, results that do not are rounded, and the exponent
# limits still signal. (minipy skips counting a coefficient's digits when
# its bit length already bounds them; these cases sit on both sides.)
import decimal
from decimal import Decimal, localcontext


def factorial(n, m):
    if n > m:
        return factorial(m, n)
    elif m == 0:
        return 1
    elif n == m:
        return n
    else:
        return factorial(n, (n + m) // 2) * factorial((n + m) // 2 + 1, m)


decimal.getcontext().prec = 3000
f = factorial(Decimal(800), 0)
text = str(f)
print(len(text), text[:40], text[-12:])

with localcontext() as ctx:
    ctx.prec = 50
    big = factorial(Decimal(100), 0)
    print(big)
    print(big.adjusted(), len(big.as_tuple().digits))

# Coefficients at the edge of the precision: 10**p - 1 has p digits and a
# bit length that cannot tell it from 10**p.
for p in (9, 10, 19, 20, 60):
    with localcontext() as ctx:
        ctx.prec = p
        edge = Decimal(10 ** p - 1)
        print(p, edge + 0, edge + 1, edge * 1, Decimal(10 ** p - 1) // 1)
        try:
            print(Decimal(10 ** p) // 1)
        except decimal.InvalidOperation as e:
            print("InvalidOperation", e.args[0][0].__name__)

with localcontext() as ctx:
    ctx.prec = 28
    ctx.Emax = 30
    ctx.Emin = -30
    print(Decimal("9.99e30") * 1)
    try:
        print(Decimal("9e30") * 10)
    except decimal.Overflow as e:
        print("Overflow", type(e).__name__)
    print(Decimal(12345) * Decimal("1e25"))
    try:
        print(Decimal(12345) * Decimal("1e27"))
    except decimal.Overflow as e:
        print("Overflow", type(e).__name__)
    try:
        print(Decimal(10 ** 20) * Decimal("1e10"))
    except decimal.Overflow as e:
        print("Overflow", type(e).__name__)
