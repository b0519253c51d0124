# return at module level.
# expect-error: line 4: SyntaxError: 'return' outside function
print("this line must not run")
return 5
