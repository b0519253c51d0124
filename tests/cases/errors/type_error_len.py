# len() of an int.
# expect-error: line 5: TypeError: object of type 'int' has no len()
n = 12345
print(len(str(n)))
print(len(n))
