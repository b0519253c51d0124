# Private name mangling: __x inside a class becomes _Class__x for names,
# attributes, parameters and keyword-only defaults; dunders and names
# outside classes are untouched; leading underscores of the class name drop.
class Account:
    __rate = 2

    def __init__(self, balance):
        self.__balance = balance

    def total(self, *, __bonus=1):
        return self.__balance * Account.__rate + __bonus

    def __repr__(self):
        return "Account(%d)" % self.__balance


a = Account(10)
print(a.total(), a, sorted(vars(a)))
print(a._Account__balance, Account._Account__rate)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)


class _Hidden:
    def __init__(self):
        self.__v = 1

    def get(self):
        __local = self.__v + 1
        return __local


print(vars(_Hidden()), _Hidden().get())


class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = 99


s = Sub()
print(sorted(vars(s)), s.total())


def outer():
    class Inner:
        def peek(self):
            return [n for n in dir(self) if "secret" in n]

        __secret = 1

    return Inner().peek()


print(outer())
__module_level = 3
print(__module_level)
