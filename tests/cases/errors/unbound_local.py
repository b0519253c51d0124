# Assigning a name anywhere in a function makes it local everywhere in it.
# expect-error: line 8: UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
count = 10


def increment():
    print("incrementing")
    count = count + 1
    return count


print(increment())
