# list[int] and tuple[int] are read and list[int] is written inline in the
# eval loop: every other index, container and error still behaves as before.
class MyList(list):
    def __getitem__(self, i):
        return ("sub", super().__getitem__(i))

    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)


class Idx:
    def __index__(self):
        return 1


xs = [10, 20, 30]
ts = (1, 2, 3)
print(xs[0], xs[-1], xs[-3], ts[2], ts[-2])
print(xs[True], ts[False], xs[Idx()], ts[Idx()])
xs[0] = "a"
xs[-1] = "c"
xs[True] = "b"
print(xs)
m = MyList([1, 2, 3])
m[0] = 5
print(m[0], m[-1], list(m))
for bad in (3, -4, 2**70, -(2**70)):
    for seq in (xs, ts):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, bad > 0, "IndexError:", e)
    try:
        xs[bad] = 0
    except IndexError as e:
        print("store", bad > 0, "IndexError:", e)
for bad in ("0", 1.0, None):
    try:
        xs[bad]
    except TypeError as e:
        print("TypeError:", e)
    try:
        ts[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
d = {0: "zero", -1: "minus"}
print(d[0], d[-1], "abc"[1], b"abc"[-1], range(5)[-2])
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] = grid[i - 1][j - 1] + i * 3 + j
print(grid)
# An int beyond a machine word is refused before any range check.
for seq in ([1], (1,), "a", b"a", bytearray(b"a"), range(3), memoryview(b"a")):
    for idx in (2**70, -(2**70), 2**63, 2**63 - 1):
        try:
            seq[idx]
        except IndexError as e:
            print(type(seq).__name__, idx > 0, "IndexError:", e)
for seq in ([1], bytearray(b"a")):
    try:
        seq[2**70] = 1
    except IndexError as e:
        print("store IndexError:", e)
    try:
        del seq[2**70]
    except IndexError as e:
        print("del IndexError:", e)
