# A parameter without a default after one with a default.
# expect-error: line 4: SyntaxError: non-default argument follows default argument
print("this line must not run")
def f(a=1, b):
    return a
