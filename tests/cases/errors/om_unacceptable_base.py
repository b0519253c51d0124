# A final built-in type cannot be a base: TypeError at class creation.
# expect-error: line 7: TypeError: type 'bool' is not an acceptable base type
class Flag:
    pass


class Strict(Flag, bool):
    pass
