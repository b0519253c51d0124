# Subclasses of property: an overridden __get__ or __set__ is used, the
# accessor decorators make another instance of the subclass, the getter's
# docstring is copied, and a subclass's own __init__ may pass the accessors on.


class classproperty(property):
    def __get__(self, obj, cls=None):
        return self.fget(cls)


class Config:
    _name = "cfg"

    @classproperty
    def name(cls):
        return cls._name + "!"


print(Config.name, Config().name)


class logged(property):
    """A property that reports assignments."""

    def __set__(self, obj, value):
        print("setting", value)
        super().__set__(obj, value)


class Account:
    def __init__(self):
        self._balance = 0

    @logged
    def balance(self):
        "the balance"
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value


acct = Account()
acct.balance = 5
attr = Account.__dict__["balance"]
print(acct.balance, type(attr).__name__, attr.__doc__, isinstance(attr, property), Account.balance is attr)
print(attr.fget.__name__, attr.fset.__name__, attr.fdel)


class WithInit(property):
    def __init__(self, fget, extra=1):
        super().__init__(fget)
        self.extra = extra


class Holder:
    @WithInit
    def value(self):
        return 42


print(Holder().value, Holder.__dict__["value"].extra, type(Holder.__dict__["value"]).__name__)


class Slotted(property):
    __slots__ = ()


try:

    class Broken:
        @Slotted
        def spam(self):
            "a docstring cannot be stored"
            return 1

except AttributeError:
    print("AttributeError for a slotted subclass")
