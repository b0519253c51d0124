# Comparisons between ints, floats and bools, including big ints beyond
# float precision, infinities and nan, and dict keys that compare equal.
print(1 == 1.0, 1 == True, 0 == False, 1.0 == True, 2 != 2.0, 0.0 == -0.0)
print(1 < 1.5, 2 > 1.99999, -1 < -0.5, 3 <= 3.0, 3 >= 3.0000000001)
big = 2 ** 53 + 1
print(big == float(big), big > float(big), big - 1 == float(big), float(big) == 2 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 1, 1 == nan)
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {0: "zero", 2.5: "x"}
print(d2[False], d2[0.0], 2.5 in d2, 2 in d2)
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, True == 1.0)
print(sorted([3, 1.5, True, 0, -2.5, False, 2]), max(True, 0), min(0.0, False, 0))
print(1 < 2 < 3.5 < 4, 1 < 2.0 > 1.5, 3 == 3.0 == True, 1 == 1.0 == True)
