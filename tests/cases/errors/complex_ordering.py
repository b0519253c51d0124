# Complex numbers have no ordering.
# expect-error: line 4: TypeError: '<' not supported between instances of 'complex' and 'complex'
values = [3j, 1 + 1j]
print(sorted(values))
