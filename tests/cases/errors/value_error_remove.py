# list.remove of a missing value.
# expect-error: line 6: ValueError: list.remove(x): x not in list
xs = [1, 2, 3]
xs.remove(2)
print(xs)
xs.remove(2)
