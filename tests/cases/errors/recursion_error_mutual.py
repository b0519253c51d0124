# Mutual recursion without a base case.
# expect-error: line 4: RecursionError: maximum recursion depth exceeded
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


ping(0)
