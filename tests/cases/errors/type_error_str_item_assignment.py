# Strings are immutable.
# expect-error: line 5: TypeError: 'str' object does not support item assignment
word = "cat"
print(word[0])
word[0] = "b"
