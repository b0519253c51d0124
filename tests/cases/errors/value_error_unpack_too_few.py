# Unpacking two values into three names in a for loop.
# expect-error: line 4: ValueError: not enough values to unpack (expected 3, got 2)
points = [(1, 2, 3), (4, 5)]
for x, y, z in points:
    print(x + y + z)
