# Float arithmetic with an int too large for a float raises OverflowError
# (never a silent inf/nan), int / int is correctly rounded down to the
# subnormals, and int-float comparisons are exact.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = 10**1000
for f in [
    lambda: 1.2 + b, lambda: b + 1.2, lambda: b * 0.5, lambda: -b * 0.5,
    lambda: b - 0.5, lambda: 0.5 - b, lambda: b / 0.5, lambda: 0.5 / b,
    lambda: b // 0.5, lambda: b % 0.5, lambda: 0.5 % b, lambda: divmod(b, 0.5),
    lambda: b ** 0.5, lambda: 0.5 ** b, lambda: 2.0 ** b, lambda: b ** -1,
    lambda: 2 ** -b, lambda: float(b), lambda: float(-b), lambda: b * float("inf"),
    lambda: 0.0 * b, lambda: b % 0.0, lambda: (1.5).__add__(b), lambda: (1.5).__radd__(b),
    lambda: b.__add__(1.5), lambda: sum([0.5, b]), lambda: b.__float__(),
]:
    show(f)

x = 1.0
try:
    x += b
except OverflowError as e:
    print("augmented:", e)
print(x)

# True division of ints.
for f in [
    lambda: b / 3, lambda: (-b) / 3, lambda: b / b, lambda: (b + 1) / b,
    lambda: b / (b * 10), lambda: 10**400 / 10**100, lambda: 1 / b, lambda: -1 / b,
    lambda: 0 / -5, lambda: 2**1100 / 2**1000, lambda: (2**53 + 1) / 1,
    lambda: 2**1024 / 1, lambda: 2**1024 / 2, lambda: (2**1024 - 2**970) / 1,
    lambda: (2**1024 - 2**970 - 1) / 1, lambda: (2**1024 - 2**971) / 1,
    lambda: 7 / 10**310, lambda: 3 / 2**1074, lambda: 1 / 2**1075,
    lambda: 3 / 2**1076, lambda: 1 / 2**1080, lambda: 10**310 / 7, lambda: b / 0,
    lambda: (2**80 + 1) / 2**27, lambda: (3**200) / (7**150), lambda: -(3**200) / (7**150),
]:
    show(f)

# Comparisons are exact, even beyond the float range.
for f in [
    lambda: b > 1e308, lambda: b < 1e308, lambda: b == 1e308, lambda: 1e308 < b,
    lambda: -b < -1e308, lambda: b < float("inf"), lambda: -b > float("-inf"),
    lambda: b == float("nan"), lambda: 2**53 + 1 == 2.0**53, lambda: 2**53 + 1 > 2.0**53,
    lambda: 9007199254740993 < 9007199254740992.5, lambda: max(b, 1e308) == b,
    lambda: sorted([b, 1e308, float("inf"), -b, 0.5])[1:4],
]:
    show(f)
