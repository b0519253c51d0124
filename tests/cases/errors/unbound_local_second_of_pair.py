# An unbound local read as the second half of a fused pair of loads, at its own line.
# expect-error: line 9: UnboundLocalError: cannot access local variable 'b' where it is not associated with a value


def f(flag):
    a = 1
    if flag:
        b = 2
    return a + b


print(f(True))
print(f(False))
