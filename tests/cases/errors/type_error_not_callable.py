# Calling an int.
# expect-error: line 5: TypeError: 'int' object is not callable
total = 10
print(total)
print(total(5))
