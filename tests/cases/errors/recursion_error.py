# Runaway recursion hits the recursion limit.
# expect-error: line 4: RecursionError: maximum recursion depth exceeded
def forever(n):
    return forever(n + 1) + 1


print("starting")
print(forever(0))
