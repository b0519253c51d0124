# Dedenting to a column that matches no outer block.
# expect-error: line 6: IndentationError: unindent does not match any outer indentation level
print("this line must not run")
if True:
        x = 1
    y = 2
