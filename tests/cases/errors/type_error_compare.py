# Ordering comparisons between int and str are not defined.
# expect-error: line 6: TypeError: '<' not supported between instances of 'int' and 'str'
values = [3, 1, 2]
values.sort()
print(values)
print(3 < "4")
