# An if statement without its colon.
# expect-error: line 5: SyntaxError: expected ':'
print("this line must not run")
x = 3
if x > 2
    print("big")
