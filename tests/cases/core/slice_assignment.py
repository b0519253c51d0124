# Assigning to list slices: growing, shrinking, inserting with empty slices,
# clearing, extended slices of equal length, and item assignment.
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[2:2] = ["inserted", "twice"]
print(xs)
xs[:3] = []
print(xs)
xs[-2:] = [100, 200, 300]
print(xs)
xs[len(xs):] = ["end"]
print(xs)
xs[::2] = ["E"] * len(xs[::2])
print(xs)
xs[::-3] = [0] * len(xs[::-3])
print(xs)
xs[:] = "abc"
print(xs)
xs[1:] = (9, 8, 7)
print(xs)
xs[0] = "first"
xs[-1] = "last"
print(xs)
ys = xs
ys[:] = []
print(xs, ys, xs is ys)
grid = [[0] * 3 for _ in range(3)]
grid[1][1:] = [5, 5]
grid[0][0] = 1
print(grid)
m = [1, 2, 3, 4, 5]
m[1:4] = m[1:4][::-1]
print(m)
