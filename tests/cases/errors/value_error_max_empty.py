# max() of an empty list.
# expect-error: line 4: ValueError: max() arg is an empty sequence
print(max([3, 1]))
print(max([]))
