# Calling a one-parameter function with two arguments.
# expect-error: line 8: TypeError: square() takes 1 positional argument but 2 were given
def square(x):
    return x * x


print(square(4))
print(square(4, 5))
