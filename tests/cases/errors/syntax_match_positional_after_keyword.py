# In a class pattern, positional sub-patterns come first.
# expect-error: line 5: SyntaxError: positional patterns follow keyword patterns
print("this line must not run")
match 1:
    case int(real=1, 2):
        pass
