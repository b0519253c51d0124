# float() of a string that is not a number.
# expect-error: line 4: ValueError: could not convert string to float: 'two'
print(float("2.5"))
print(float("two"))
