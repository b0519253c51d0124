# decimal: random operands and contexts (precision 1-40, every rounding
# mode) through + - * / // % quantize, negation, integer powers, hash,
# comparisons and conversions give CPython's exact results.
import random
from decimal import Decimal as D, getcontext, localcontext, InvalidOperation, DivisionByZero
import decimal
rnd = random.Random(11)
modes = [decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_FLOOR, decimal.ROUND_CEILING, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]
def rd():
    digits = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 35)))
    e = rnd.randint(-40, 40)
    return D(("-" if rnd.random() < 0.4 else "") + digits + "E" + str(e))
out = []
for i in range(600):
    a, b = rd(), rd()
    with localcontext() as c:
        c.prec = rnd.randint(1, 40)
        c.rounding = rnd.choice(modes)
        res = []
        for op in ("+", "-", "*", "/", "//", "%", "q", "n", "p", "h"):
            try:
                if op == "+": r = a + b
                elif op == "-": r = a - b
                elif op == "*": r = a * b
                elif op == "/": r = a / b
                elif op == "//": r = a // b
                elif op == "%": r = a % b
                elif op == "q": r = a.quantize(D("1E%d" % rnd.randint(-10, 5)))
                elif op == "n": r = -a
                elif op == "p": r = a ** rnd.randint(0, 4)
                else: r = (hash(a), a < b, a == b, float(a), int(a))
                res.append(str(r))
            except (InvalidOperation, DivisionByZero) as e:
                res.append(type(e).__name__)
        out.append(" ".join(res))
import hashlib
print(hashlib.md5("\n".join(out).encode()).hexdigest())
for line in out[:5]:
    print(line)
