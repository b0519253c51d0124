# Slice assignment and deletion on lists: simple and extended slices,
# negative steps, out-of-range bounds, size mismatches.
L = list(range(10))
L[2:5] = ["a", "b"]
print(L)
L[8:2] = ["x"]
print(L)
L[-100:1] = []
print(L)
L[100:] = [1, 2]
print(L)
L = list(range(10))
L[::2] = "abcde"
print(L)
L[::-3] = [None] * len(L[::-3])
print(L)
try:
    L[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    L[1:5:0] = []
except ValueError as e:
    print("ValueError:", e)
L[:] = L
print(L)
L = list(range(12))
del L[::3]
print(L)
del L[::-2]
print(L)
del L[1:-1]
print(L)
del L[5:1]
print(L)
del L[:]
print(L)
L = list(range(10))
del L[-2::-4]
print(L)
L = [1, 2, 3]
L[1:1] = L
print(L)
try:
    del L[::0]
except ValueError as e:
    print("ValueError:", e)
