# Membership and index searches answer ints, strs and classes in line;
# everything else keeps Python's rules (identity first, then ==).
nan = float("nan")
print(nan in [nan], 1 in [1.0], 1.0 in (1,), True in [1], 1 in [True])
print(2**70 in [2**70], 5 in [2**70, 5], "a" in ["b", "a"], "é" in ("é",))
class S(str):
    def __eq__(self, other):
        print("S.__eq__", other)
        return str.__eq__(self, other)
    __hash__ = str.__hash__
print(S("x") in ["y", "x"], "x" in [S("y"), S("x")])
print([3, 1, 2].index(2), ("a", "b").index("b"), [int, str].index(str), (bytes, str, int).count(int))
print(str in (str, bytes), list in (str, bytes), type(1) in {int: 1})
class E:
    def __eq__(self, other):
        print("E.__eq__", type(other).__name__)
        return other == 7
print(7 in [E()], E() in [1, 7], [1, 2, 3].count(E()))
class S2(str): pass
print(str.__eq__(S2("x"), "x"), str.__eq__("x", S2("x")), S2("x") == "x", "x".__eq__(S2("x")))
class T(str):
    def __eq__(self, o):
        return str.__eq__(self, o)
    __hash__ = str.__hash__
print(T("x") == "x", str.__eq__(T("x"), "x"))
