# The complex type: constructor forms and string parsing with CPython's
# errors, __complex__/__float__/__index__, hash, equality with int/float,
# dict keys and set members, isinstance, subclassing, methods, match.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class C:
    def __complex__(self):
        return 2 + 3j
class F:
    def __float__(self):
        return 1.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 1.0
class Nothing:
    pass

cases = [lambda: complex(), lambda: complex(1), lambda: complex(2.5), lambda: complex(True), lambda: complex(1, 2),
         lambda: complex(1, -0.0), lambda: complex(-0.0), lambda: complex(1j, 1j), lambda: complex(1, 1j),
         lambda: complex(1j), lambda: complex(real=1, imag=2), lambda: complex(imag=2), lambda: complex(C()),
         lambda: complex(F()), lambda: complex(I()), lambda: complex(F(), I()), lambda: complex(Bad()),
         lambda: complex(Nothing()), lambda: complex(1, Nothing()), lambda: complex(None), lambda: complex(1, None),
         lambda: complex(b"1"), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(1, 2, 3),
         lambda: complex(x=1), lambda: complex(10**400), lambda: complex(1, 10**400), lambda: complex([1])]
for f in cases:
    show(f)
for s in ["1+2j", " ( 1+2j ) ", "j", "-J", "+j", "1-j", "1+j", "1e500j", "infj", "-infinityJ", "nan-infj", "NaN",
          "1_0j", "1.5e+3", "1.e-2+.5j", "  7  ", "(1", "1+2j)", "1 + 2j", "", "()", "1+", "1__0", "_1", "1_",
          "1e", "1ej", "jj", "2j+1", "1+2i", "\u0663+\u0661j", "\t-1.5e-3-2.5E+4J\n", "(-j)", "+1-1J"]:
    show(lambda: complex(s))
for z in [0j, 1+0j, 1.5+2j, -1j, complex(-1, 0), 1e300+1e-300j, complex(float("inf"), 0), 2**61 + 0j]:
    print(repr(z), hash(z), hash(z) == hash(z.real) if z.imag == 0 else "")
print(1 + 0j == 1, 1.0 == 1 + 0j, 1j == 1j, 1j != 1, 2**53 + 1 == complex(2**53 + 1), 0j == False, 1j == "1j")
print(complex(float("nan")) == complex(float("nan")), [1j].count(1j), 1j in [1, 1j], (1 + 0j) in {1})
d = {1j: "a", 1 + 0j: "b", 1: "c", 2.0: "d", 2 + 0j: "e", -0j: "f", 0: "g"}
print(d, {1, 1 + 0j, 1.0, 1j, 2j, 2j})
print(isinstance(1j, complex), type(1j) is complex, complex.__name__, type(1j), bool(0j), bool(-0.0j))
print((1).real, (1).imag, (-5).conjugate(), True.imag, (10**30).imag, (2.5).real, (2.5).imag, (2.5).conjugate())
print((1 + 2j).__complex__(), (1 + 2j).__getnewargs__(), (3j).__add__(1), (3j).__radd__(2.5), (3j).__mul__("x"))
print((2.5).__add__(1j), (2).__add__(1j), (1j).__eq__(1j), hasattr(1j, "__floordiv__"), hasattr(1j, "__int__"))
show(lambda: 1j.conjugate(1))
show(lambda: complex.conjugate(1))

class MyComplex(complex):
    def double(self):
        return self * 2
m = MyComplex(1, 2)
print(m, repr(m), m.double(), m + 1, type(m + 1).__name__, m.real, m.imag, isinstance(m, complex),
      complex(m), type(complex(m)).__name__, abs(MyComplex(3, 4)), hash(m) == hash(1 + 2j), m == 1 + 2j)

def classify(z):
    match z:
        case 0:
            return "zero"
        case 1j:
            return "i"
        case -1j:
            return "-i"
        case 1 + 2j:
            return "1+2j"
        case -1.5 - 0.5j:
            return "-1.5-0.5j"
        case complex(real=r, imag=0):
            return f"real {r}"
        case complex():
            return "other complex"
        case _:
            return "not complex"
for z in [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, 3 + 0j, 2j, "x", 0]:
    print(repr(z), classify(z))
