# Iterating over an int.
# expect-error: line 7: TypeError: 'int' object is not iterable
total = 0
for x in [1, 2]:
    total += x
print(total)
for x in total:
    print(x)
