# Tuples: packing, single-element and empty forms, nesting, methods,
# comparison, use as dict keys, and immutability through copies.
t = 1, 2, 3
print(t, isinstance(t, tuple), len(t), t[0], t[-1], t[1:])
single = (5,)
also_single = 5,
not_tuple = (5)
print(single, also_single, not_tuple, () , tuple(), len(()))
print(t + (4,), t * 2, 2 * (0,), t.index(2), t.count(3), 3 in t, 9 not in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "b") > (1, "a"), () < (0,))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, (2, 3)) == (1, (2, 3)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0], len(nested))
grid = {}
grid[(0, 0)] = "origin"
grid[0, 1] = "north"
grid[(1, 0)] = "east"
print(grid, grid[0, 0], (0, 1) in grid, grid.get((5, 5), "nothing"))
holder = ([1, 2], "text")
holder[0].append(3)
print(holder)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), list((1, 2)), sorted((3, 1, 2)), tuple(sorted((3, 1, 2))))
print(max((1, 2), (1, 3), (0, 9)), min([(2, "b"), (2, "a")]), sum((1, 2, 3)))
points = [(3, 1), (1, 2), (2, 0), (1, 1)]
points.sort()
print(points)
print(repr((1,)), str(("a", 1.5, None)), (("x",),), ((),))
