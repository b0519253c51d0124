# Dividing by zero inside nested calls; output before the error must be flushed.
# expect-error: line 4: ZeroDivisionError: division by zero
def ratio(a, b):
    return a / b


def report(values):
    for v in values:
        print("ratio", v, ratio(10, v))


report([5, 2, 0, 1])
