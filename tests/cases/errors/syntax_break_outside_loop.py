# break outside any loop.
# expect-error: line 5: SyntaxError: 'break' outside loop
print("this line must not run")
if True:
    break
