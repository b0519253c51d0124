# Assigning a non-iterable to a list slice.
# expect-error: line 4: TypeError: can only assign an iterable
def fill(row, value):
    row[1:3] = value

fill([0, 0, 0, 0], "ab")
fill([0, 0, 0, 0], 7)
