# Sorting a list that mixes ints and strings.
# expect-error: line 5: TypeError: '<' not supported between instances of 'str' and 'int'
items = [5, "five", 4]
print(len(items))
print(sorted(items))
