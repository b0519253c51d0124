# Conversions between core types: int(), float(), str(), repr(), bool(),
# list(), tuple(), dict(), with the edge cases of each parser.
for text in ["42", "  42 ", "\n-17\t", "+3", "0", "-0", "007", "1_000_000", "123456789012345678901234567890"]:
    print(repr(text), "->", int(text))
for text in ["1.5", " -2.25 ", "1e3", "1E-3", ".5", "5.", "inf", "-Infinity", "nan", "1_0.5", "00.10"]:
    print(repr(text), "->", float(text))
print(int(3.7), int(-3.7), int(1e10), int(2.0 ** 70), float(2 ** 70), float(-5), int("ff", 16), int("-1010", 2))
print(str(1), str(-1.0), str(1e-10), str(True), str(None), str("s"), str([1, "s"]), str({"k": (1, "v")}))
print(repr(1), repr(-1.0), repr("s"), repr([1, "s"]), repr({"k": (1, "v")}), repr(None), repr(False))
print(bool(0), bool(-1), bool(0.0), bool(1e-300), bool(""), bool("False"), bool([]), bool([[]]), bool({}), bool(()), bool(None))
print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.values()), list({"a": 1}.items()), list(range(3)))
print(tuple("ab"), tuple([1, [2]]), tuple({"x": 0}), dict([("a", 1)]), dict([["b", 2]]), dict((("c", 3),)))
print(str(10 ** 25), int(str(10 ** 25)) == 10 ** 25, float(str(0.1)) == 0.1, repr(float(repr(1 / 3))) == repr(1 / 3))
print(int(True) + int(False), float(True), str(True) + str(1), str(1) + str(1), int("1") + int("1"))
print(str(0.1 + 0.2), str(100.0), str(1e16), str(-1e-5), str(123456789.0), str(float(10 ** 16)))
