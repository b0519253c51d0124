# `x is None`, `a is not b` and `not x` on bools, None and ints are made
# by the eval loop itself, and `is` deciding a branch takes it directly;
# everything else goes the general way. Both must agree with CPython.
class Box:
    def __bool__(self):
        print("Box.__bool__")
        return False


values = [None, True, False, 0, 1, -3, 2**70, 0.0, 1.5, "", "s", [], [0], Box()]
for v in values:
    print(repr(v) if not isinstance(v, Box) else "Box", v is None, v is not None, not v)
a = b = [1]
c = [1]
five, half = 5, 1.5
print(a is b, a is c, a is not c, five is five, True is True, None is None, half is half)
hits = 0
for v in values:
    if v is None:
        hits += 1
    if v is not None and not v:
        hits += 10
    while v is None:
        v = 0
print(hits)


def first_missing(items):
    for i, item in enumerate(items):
        if item is None:
            return i
    return -1


print(first_missing([1, 2, None]), first_missing([]), first_missing([0, None]))
flag = not not 7
print(flag, not 0, not -1, not (2**64), not None)
