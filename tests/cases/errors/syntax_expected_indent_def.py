# A def without an indented body.
# expect-error: line 5: IndentationError: expected an indented block after function definition on line 4
print("this line must not run")
def f():
return 1
