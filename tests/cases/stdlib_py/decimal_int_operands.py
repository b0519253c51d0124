# Decimal with int, bool and int-subclass operands (each converted without
# Decimal()'s type tests), == against them, and // and divmod signs.
from decimal import Decimal as D
class I(int): pass
print(D(5) == 5, D(1) == True, D(0) == False, D("1.0") == 1, D(5) == 5.0, D(2) == I(2), D(1) != 2)
print(D("1.5") + True, D("1.5") + I(-3), D("2.5") + -7, -7 + D("0.5"), D(3) - I(5))
print(D(-7) // 2, D(7) // -2, D("7.5") // D("0.2"), divmod(D(-7), 2), D(-7) % 2, D("0.0") // 3)
print(D(10) * -3, D("1e3") + 1, D(0) + 0, D(-0) + -0, D("-0") + 0)
print(hash(D(5)) == hash(5), D(5) in {5}, {D(2): 1}[2])
