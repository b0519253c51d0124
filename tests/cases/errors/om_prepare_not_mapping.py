# A __prepare__ must return a mapping: CPython's TypeError names the metaclass.
# expect-error: line 9: TypeError: Meta.__prepare__() must return a mapping, not int
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


class A(metaclass=Meta):
    pass
