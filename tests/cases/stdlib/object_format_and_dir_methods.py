# object.__format__ (reached through super().__format__(spec), int.__format__,
# and a built-in subclass) and object.__dir__, as CPython 3.11.
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec.endswith("$"):
            return f"${self.v:{spec[:-1]}}"
        return super().__format__(spec)
    def __str__(self): return f"Money({self.v})"
m = Money(3.5)
print(f"{m:.2f$}", f"{m}", format(m, ""))
class P(float):
    def __format__(self, spec):
        return "P:" + super().__format__(spec)
print(f"{P(2.5):.1f}")
print("__dir__" in dir(object), sorted(object().__dir__())[:3])
print(int.__format__(5, "03d"), str.__format__("x", ">3"), object.__format__(m, ""))
try:
    format(m, "x")
except TypeError as e:
    print(e)
class I(int): pass
class S(str):
    def __str__(self): return "S!"
class Plain: pass
import enum
class Color(enum.Enum):
    RED = 1
class N(int, enum.Enum):
    ONE = 1
print(f"{I(5):03d}", f"{I(5)}", f"{S('ab'):>4}", f"{S('ab')}", f"{Color.RED}", f"{N.ONE}", format(I(7), "x"))
p = Plain()
print(f"{p}" == str(p), format(p) == str(p))
try:
    f"{p:>10}"
except TypeError as e:
    print(e)
print(Plain.__format__(p, "") == str(p), object.__dir__(p) is not None)
