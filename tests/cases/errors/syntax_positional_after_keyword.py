# A positional argument after a keyword argument.
# expect-error: line 4: SyntaxError: positional argument follows keyword argument
print("this line must not run")
print(sep="-", "a")
