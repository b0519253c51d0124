# Reading past the end of a list.
# expect-error: line 5: IndexError: list index out of range
items = [10, 20, 30]
for i in range(4):
    print(items[i])
