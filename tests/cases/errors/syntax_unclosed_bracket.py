# An opening bracket that is never closed before end of file.
# expect-error: line 4: SyntaxError: '[' was never closed
print("this line must not run")
values = [1, 2, 3
