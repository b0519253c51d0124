# A list cannot be a dict key.
# expect-error: line 7: TypeError: unhashable type: 'list'
seen = {}
seen[(1, 2)] = "tuple ok"
print(seen)
key = [1, 2]
seen[key] = "list fails"
