# An error five frames deep: the innermost frame's line is reported.
# expect-error: line 17: IndexError: list index out of range
def level1(n):
    return level2(n) + 1


def level2(n):
    return level3(n) + 1


def level3(n):
    return level4(n) + 1


def level4(n):
    values = [1, 2, 3]
    return values[n]


for n in range(5):
    print(level1(n))
