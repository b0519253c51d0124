# cmath on ordinary and special inputs (sqrt/exp/log special-value tables),
# its errors, and complex in json, copy, numbers and math.
import cmath
import copy
import json
import math
import numbers

def show(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__ + ":", e)

inf, nan = float("inf"), float("nan")
zs = [0j, -0j, complex(-0.0, -0.0), 1, -1, 2.5, 1j, -1j, 1 + 1j, -2 - 3j, 3 - 4j, 0.5 + 0.25j, -1e-3 + 1e3j,
      1e300 + 1e300j, 5e-324 + 5e-324j, complex(0.9, 0.5), 700 + 1j, 710 + 0.5j, -800 + 2j]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "phase", "polar",
             "isnan", "isinf", "isfinite"]:
    f = getattr(cmath, name)
    for z in zs:
        show(name + " " + repr(z), lambda: f(z))
specials = [inf, -inf, nan, 0.0, -0.0, 1.5, -1.5]
for re in specials:
    for im in specials:
        for name in ["sqrt", "exp", "log"]:
            show(f"{name}({re!r}, {im!r})", lambda: getattr(cmath, name)(complex(re, im)))
show("log base", lambda: cmath.log(8, 2))
show("log complex base", lambda: cmath.log(1j, 1 + 1j))
show("log 0 base 2", lambda: cmath.log(0, 2))
show("log base 1", lambda: cmath.log(1, 1))
show("log 3 args", lambda: cmath.log(1, 2, 3))
show("sqrt no args", lambda: cmath.sqrt())
show("sqrt str", lambda: cmath.sqrt("x"))
show("exp big", lambda: cmath.exp(1000))
show("cosh big", lambda: cmath.cosh(1000 + 1j))
show("rect", lambda: cmath.rect(2, math.pi / 3))
show("rect zero", lambda: cmath.rect(2, 0.0))
show("rect -zero", lambda: cmath.rect(-2, -0.0))
show("rect str", lambda: cmath.rect(1, "a"))
show("isclose", lambda: (cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
                          cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 1), complex(inf, 1)),
                          cmath.isclose(complex(nan, 0), complex(nan, 0))))
show("isclose neg", lambda: cmath.isclose(1, 2, rel_tol=-1))
show("isclose 3", lambda: cmath.isclose(1, 2, 3))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
class C:
    def __complex__(self):
        return 1 + 1j
print(cmath.sqrt(C()), cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j))
for name in ["sqrt", "floor", "exp", "isnan", "log"]:
    show("math." + name, lambda: getattr(math, name)(1j))
show("json", lambda: json.dumps([1j]))
show("json key", lambda: json.dumps({1j: 1}))
z = [1 + 2j, {3j: -0j}]
c = copy.deepcopy(z)
print(c, c == z, copy.copy(1j), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real),
      isinstance(1.5, numbers.Complex), complex(2.5).real)
