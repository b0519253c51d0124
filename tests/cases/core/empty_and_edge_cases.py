# Edge cases with empty and single-element values.
print("", [], (), {}, repr(""), len(""), "".join([]), "".upper(), "".split(), "x".split("x"))
print(sum([]), sum(()), max([0]), min((5,)), sorted([]), list(reversed([])), list(zip()), list(enumerate("")))
print(any(()), all(()), [][::-1], ""[:5], (1,)[1:], [0][-1], "a"[0], "a"[-1], "a" * 1)
print([x for x in []], {k: 1 for k in ""}, [[]], [()], ((),), [{}], {"": ""}, {(): ()})
print(1 // 1, 0 // 7, -0 // 3, 0 % 3, 0 ** 0, 0.0 ** 0, 1 ** 0, 0 * 10 ** 30, 0 - 0)
print(str(0), str(-0), str(0.0), str(-0.0), int("0"), float("0"), float("-0"), int(-0.0))
print(range(0), list(range(0)), len(range(5, 5)), list(range(1, 0)), list(range(0, 1)))
xs = [42]
print(xs.pop(), xs, len(xs), xs == [], not xs)
d = {}
print(d.get(""), d.setdefault("", 0), d, d.pop(""), d)
print(" ".strip() == "", "  ".split(" "), "".center(3, "*"), "".zfill(3), "".count(""), "abc".count(""))
print("".find(""), "abc".find(""), "".startswith(""), "".endswith(""), "".replace("", "x"), "".isalpha(), "".islower())
