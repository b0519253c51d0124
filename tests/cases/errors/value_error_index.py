# list.index of a missing value.
# expect-error: line 5: ValueError: 'z' is not in list
letters = ["a", "b"]
print(letters.index("b"))
print(letters.index("z"))
