# A line indented for no reason.
# expect-error: line 5: IndentationError: unexpected indent
print("this line must not run")
x = 1
    y = 2
