# Integer floor division and modulo by zero use different messages than /.
# expect-error: line 6: ZeroDivisionError: integer division or modulo by zero
print(7 // 2, 7 % 2)
total = 0
for d in [3, 2, 1, 0]:
    total += 100 // d
    print(total)
