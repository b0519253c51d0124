# A slice of a value that has no items: the subscript fails in its own slot.
# expect-error: line 4: TypeError: 'NoneType' object is not subscriptable
def head(seq):
    return seq[:2]

print(head([1, 2, 3]), head("abc"))
print(head(None)[0])
