# Imaginary literals and complex reprs: CPython's forms for signed zeros,
# nan, inf, huge and tiny exponents, folded constants, str and format.
vals = [1j, 2.5J, 1e3j, 0j, 1_0j, 00j, 01j, 1.j, .5j, -1j, -0j, 1+2j, 1-2j, -1-2j,
        1e20+1j, 1e-7+1j, 1e16j, 1e15j, 123456789012345678j, 1e-300j, 1e308j * 10]
for v in vals:
    print(repr(v), str(v), type(v).__name__)
print(complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1.5, -0.0))
nan = float("nan")
inf = float("inf")
print(complex(nan, inf), complex(inf, -inf), complex(-inf, nan), complex(0, nan), complex(1, -nan))
print(complex(1e100, 1e-100), complex(-1e-5, 1e-4), complex(0.1, 0.2), complex(2**53, 3))
print([1j, (1+2j, -3j)], {"k": 2-1j})
print(f"{1+2j}", f"{1+2j!r}", f"{-1j}", "{}".format(3+4j), "%s|%r" % (1j, 2j))
specs = ["", ".2", ".3f", ">20", "<20", "^20", "x^21.1f", "+", " ", "+.2e", "E", "g", "G", "#g",
         ",.2f", "_.1f", "z.1f", "n", ".0f", "12", "F", ".10g"]
zs = [1+2j, -1.5-0j, 1j, -0j, complex(-0.0, 0.0), 1234567.891+98765.4321j, complex(inf, nan),
      complex(-0.04, -0.001), 1e20+1e-20j]
for spec in specs:
    print(repr(spec), [format(z, spec) for z in zs])
print(f"{1+2j:>12.3f}|{2j:+}|{-2j:10}|{3-4j:*<15}")
