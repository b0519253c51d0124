# A failed assert with a message.
# expect-error: line 4: AssertionError: x must be positive
def check(x):
    assert x > 0, "x must be positive"
    return x


print(check(5))
print(check(-1))
