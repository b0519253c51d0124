# An opening parenthesis that is never closed.
# expect-error: line 4: SyntaxError: '(' was never closed
print("this line must not run")
total = (1 +
         2
print(total)
