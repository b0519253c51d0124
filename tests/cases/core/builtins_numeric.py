# Numeric builtins: abs, min, max, sum, round, divmod, pow, int, float,
# bool, with ints, floats, bools and big ints mixed.
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 80), abs(False), abs(-True))
print(min(4, 2, 8), max(4, 2, 8), min([4.5, 2, 8]), max((1, 1.0)), max(1.0, 1), min("b", "a", "c"), max([[1, 2], [1, 3]]))
print(min(range(5, 10)), max(range(5, 10)), min("zyx"), max([-1, -2 ** 70]), min([True, 2, -0.5]))
print(sum([]), sum([1, 2, 3]), sum(range(10), 100), sum([1.5, 2.5]), sum([0.1] * 3), sum([[1], [2]], []), sum([2 ** 64, 2 ** 64]))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.0, 2), divmod(-7, 2.5), divmod(2 ** 65, 10))
print(pow(2, 8), pow(2, -2), pow(5, 3, 7), pow(-2, 3), pow(2.5, 2), pow(10, 20), pow(3, 200, 1000))
print(int(7.9), int(-7.9), int("  12  "), int("-5"), float("  3.5 "), float(4), float("-inf"), bool(3.0), bool(0.0))
print(round(3.14159, 2), round(-3.5), round(10 / 3, 4), round(5), round(2 ** 70, -20))
values = [3, -7, 2.5, 10 ** 20, -0.5, 0]
print(min(values), max(values), sum(values), sorted(values), abs(min(values)))
print(max(0, min(10, 15)), max(0, min(10, -5)), min(max(1, 2), max(3, 0)))
print(len(range(0, 100, 7)), sum(range(0, 100, 7)), list(range(-5, 5, 3)), list(range(5, -5, -3)))
