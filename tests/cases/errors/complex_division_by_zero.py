# Dividing a complex by zero raises CPython's ZeroDivisionError.
# expect-error: line 5: ZeroDivisionError: complex division by zero
z = 1 + 2j
w = z * 0
print(z / w)
