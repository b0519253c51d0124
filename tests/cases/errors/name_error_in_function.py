# A NameError raised two calls deep reports the innermost frame.
# expect-error: line 9: NameError: name 'missing_global_zzz' is not defined
def outer():
    return inner() * 2


def inner():
    print("inside inner")
    return missing_global_zzz


print(outer())
