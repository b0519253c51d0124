# Tuple assignments that swap without a tuple, and slices taken without a
# slice object, next to the cases that must still take the general path.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = z, y, x
print(x, y, z)
p, q, r, s = 1, 2, 3, 4
p, q, r, s = s, r, q, p
print(p, q, r, s)
f0, f1 = 0, 1
for _ in range(10):
    f0, f1 = f1, f0 + f1
print(f0, f1)

items = [10, 20, 30, 40, 50]
i, j = 1, 3
items[i], items[-j] = items[-j], items[i]
print(items)


def pick(c, z, x, y):
    # The UNPACK_SEQUENCE is also where the conditional's other arm lands.
    a, b = z if c else (x, y)
    return a, b


print(pick(True, "zw", 1, 2), pick(False, "zw", 1, 2))
a, (b, c) = 1, (2, 3)
print(a, b, c)
first, *rest = 1, 2, 3
print(first, rest)
[m, n] = n2, m2 = 5, 6
print(m, n, n2, m2)

nums = list(range(10))
word = "héllo wörld"
tup = tuple(nums)
for seq in (nums, word, tup):
    print(seq[2:5], seq[-3:], seq[:-7], seq[:], seq[7:2], seq[100:], seq[-100:2], seq[::3], seq[5:1:-1])
print(nums[True:], word[False:True], tup[:None])
big = 2**70
print(nums[-big:big], word[:big])


class Seq(list):
    def __getitem__(self, index):
        return ("Seq", index)


class Box:
    def __getitem__(self, index):
        return index


print(Seq([1, 2, 3])[1:2], Box()[1:2], Box()[::2], Box()["a":])
lst = [1, 2, 3]
view = lst[:]
view.append(4)
print(lst, view)
try:
    five = 5
    print(five[1:2])
except TypeError as e:
    print("TypeError:", e)
try:
    print(nums["a":])
except TypeError as e:
    print("TypeError:", e)
try:
    print(nums[::0])
except ValueError as e:
    print("ValueError:", e)
print([1, 2] + [3], [] + [], [0] * 2 + [1])
l2 = [1, 2]
l2 += l2
print(l2)
grid = list(range(8))
grid[2:4] = ("a", "b", "c")
print(grid)
grid[:2] = (ch for ch in "xy")
grid[-2:] = []
grid[5:1] = [None]
print(grid)
grid[1:3] = grid
print(grid)
grid[::2] = range(len(grid[::2]))
print(grid)
try:
    grid[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    grid[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    grid["a":] = [1]
except TypeError as e:
    print("TypeError:", e)


class Loud(list):
    def __setitem__(self, index, value):
        print("set", index, value)


loud = Loud([1, 2, 3])
loud[0:2] = [9]
buf = bytearray(b"hello")
buf[1:3] = b"EY"
print(loud, buf)
indices = list(range(6))
i = 2
indices[i:] = indices[i + 1:] + indices[i:i + 1]
print(indices)
