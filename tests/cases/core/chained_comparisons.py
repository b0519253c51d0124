# Chained comparisons evaluate each operand once and stop early; mixed
# operators, membership and identity can appear in one chain.
def v(name, value):
    print("  eval", name)
    return value


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0, 5 >= 5 <= 6)
print("middle operand evaluated once:")
print(v("a", 1) < v("b", 2) < v("c", 3))
print("stops after the first false link:")
print(v("a", 5) < v("b", 2) < v("c", 3))
x = 5
print(0 < x < 10, 0 < x < 5, 0 <= x <= 5, 10 > x > 0 > -1, x == 5 == 5.0, x != 4 != 5)
print("a" < "b" < "c", "b" in "abc" in "xabcx", 1 in [1, 2] in [[1, 2]], None is None is not False)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3), 1 < 2 == True, (1 < 2) == True)
grid = [[1, 2], [3, 4]]
print(2 in grid[0] in grid, 3 not in grid[0] not in grid, [] == [] is not [])
lo, hi = 3, 7
print([k for k in range(10) if lo <= k < hi], [k for k in range(10) if not lo < k < hi])
