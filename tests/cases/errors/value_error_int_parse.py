# int() of a string that is not a number.
# expect-error: line 4: ValueError: invalid literal for int() with base 10: '3.5'
for text in ["12", " 7 ", "3.5"]:
    print(int(text) * 2)
