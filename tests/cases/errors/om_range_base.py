# range refuses to be a base class, like bool: TypeError at class creation.
# expect-error: line 4: TypeError: type 'range' is not an acceptable base type
print("before")
class R(range):
    pass
