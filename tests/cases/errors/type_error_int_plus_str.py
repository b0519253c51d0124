# int + str has no meaning.
# expect-error: line 6: TypeError: unsupported operand type(s) for +: 'int' and 'str'
count = 3
label = " apples"
print(str(count) + label)
print(count + label)
