# Integer modulo by zero.
# expect-error: line 6: ZeroDivisionError: integer modulo by zero
values = [10, 20, 30]
for i in range(len(values), -1, -1):
    print(values[0] % (i + 1))
print(values[0] % 0)
