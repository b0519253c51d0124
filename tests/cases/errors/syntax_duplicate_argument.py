# The same parameter name twice.
# expect-error: line 4: SyntaxError: duplicate argument 'a' in function definition
print("this line must not run")
def f(a, b, a):
    return a
