# Float division by zero.
# expect-error: line 6: ZeroDivisionError: float division by zero
x = 1.5
print(x / 3)
y = x - 1.5
print(x / y)
