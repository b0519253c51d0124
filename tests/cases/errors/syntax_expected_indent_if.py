# An if without an indented body.
# expect-error: line 5: IndentationError: expected an indented block after 'if' statement on line 4
x = 1
if x > 0:
print("positive")
