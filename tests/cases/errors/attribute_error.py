# A list has no method foo.
# expect-error: line 6: AttributeError: 'list' object has no attribute 'foo'
items = [1, 2, 3]
items.append(4)
print(items)
items.foo()
