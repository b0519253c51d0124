# Indexing a function result that is None.
# expect-error: line 10: TypeError: 'NoneType' object is not subscriptable
def find(items, target):
    for item in items:
        if item == target:
            return [item]


print(find([1, 2, 3], 2)[0])
print(find([1, 2, 3], 9)[0])
