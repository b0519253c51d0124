# The alternatives of an OR pattern must bind the same names.
# expect-error: line 7: SyntaxError: alternative patterns bind different names
print("this line must not run")
match (1, 2):
    case (x, 1) | (1, x):
        pass
    case (x, 2) | (y, 3):
        pass
