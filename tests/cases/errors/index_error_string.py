# Indexing past the end of a string.
# expect-error: line 5: IndexError: string index out of range
word = "abc"
print(word[-3])
print(word[3])
