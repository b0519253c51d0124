# Looking up a missing int key.
# expect-error: line 5: KeyError: 42
squares = {n: n * n for n in range(5)}
print(squares[4])
print(squares[42])
