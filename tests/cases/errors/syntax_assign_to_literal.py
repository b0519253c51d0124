# Assigning to a literal.
# expect-error: line 4: SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
print("this line must not run")
1 = x
