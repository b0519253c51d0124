# Slices of bytes, lists and tuples: every step, sign and bound, and the
# slice copies only what it selects (big sequences sliced many times).
import random

random.seed(7)
data = bytes(range(40))
items = list(range(40))
frozen = tuple(items)
bounds = [None, -50, -40, -7, -1, 0, 1, 5, 39, 40, 41, 99]
steps = [None, 1, 2, 3, -1, -2, -5, 40, -41]
checked = 0
for start in bounds:
    for stop in bounds:
        for step in steps:
            b = data[start:stop:step]
            l = items[start:stop:step]
            t = frozen[start:stop:step]
            assert list(b) == l == list(t), (start, stop, step)
            checked += 1
print(checked, data[3:9], data[::-7], items[-3:], frozen[5:1:-2])
for bad in (0,):
    for seq in (data, items, frozen):
        try:
            seq[::bad]
        except ValueError as e:
            print(type(seq).__name__, e)
try:
    data["a":]
except TypeError as e:
    print(e)
print(data[True:10**30], items[-10**30:2], frozen[:-10**30])

big = bytes(200000)
big_list = list(range(200000))
total = 0
for i in range(0, 200000, 20):
    total += len(big[i:i + 19]) + len(big_list[i:i + 3])
print(total)
