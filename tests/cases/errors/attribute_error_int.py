# An int has no append.
# expect-error: line 4: AttributeError: 'int' object has no attribute 'append'
total = 0
total.append(1)
