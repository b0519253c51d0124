# Two equals signs in an assignment.
# expect-error: line 4: SyntaxError: invalid syntax
print("this line must not run")
x = = 1
