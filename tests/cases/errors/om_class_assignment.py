# Assigning a built-in class to an instance's __class__: CPython's TypeError.
# expect-error: line 8: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
class A:
    pass


a = A()
a.__class__ = int
