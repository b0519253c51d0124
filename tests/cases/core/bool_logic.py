# and/or/not return one of their operands, short-circuit (shown by calls that
# print), and bools behave as ints in arithmetic.
def noisy(name, value):
    print("  eval", name)
    return value


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0, [] and 1)
print(not 0, not 1, not "", not "x", not None, not [], not [0], not not 5)
print("and stops at the first falsy:")
r = noisy("a", 1) and noisy("b", 0) and noisy("c", 3)
print(" ->", r)
print("or stops at the first truthy:")
r = noisy("a", 0) or noisy("b", "yes") or noisy("c", 3)
print(" ->", r)
print("not binds looser than comparison:", not 1 == 2, not (1 == 2), (not 1) == 2)
print("and binds tighter than or:", True or False and False, (True or False) and False)
print(True + True + True, True * 7, False * 7, True - False, sum([True, False, True]))
print(True is True, False is not True, True == 1)
x = 5
print(x > 0 and x < 10, x > 0 and "positive", x < 0 or "not negative", 0 < x and x)
values = [0, 1, "", "a", None, [], [1], {}, {"k": 0}, (), (0,), 0.0, -0.1]
print([bool(v) for v in values])
print([v or "F" for v in values])
print([v and "T" for v in values])
