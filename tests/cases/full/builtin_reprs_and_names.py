# Built-in methods know their type (__qualname__, repr), super objects show
# their type and object, built-in objects have a __doc__ attribute, and a
# metaclass's __delattr__ and __reversed__ apply to its classes.
print(list.append.__qualname__, dict.get.__qualname__, str.join.__qualname__)
print([].append.__qualname__, {}.items.__qualname__, len.__qualname__)
print(list.append, str.upper, dict.fromkeys.__name__)


class Base:
    def who(self):
        return super()


class Sub(Base):
    pass


s = Sub()
print(super(Sub, s), super(Base, s), s.who(), super(Sub, Sub))
print(type(None).__doc__, type(len.__doc__).__name__ in ("str", "NoneType"))


class Meta(type):
    def __delattr__(cls, name):
        if name == "keep":
            raise AttributeError(f"{cls.__name__!r} cannot delete {name!r}")
        super().__delattr__(name)

    def __reversed__(cls):
        return iter(["z", "y"])


class C(metaclass=Meta):
    keep = 1
    drop = 2


try:
    del C.keep
except AttributeError as e:
    print(e)
del C.drop
print(hasattr(C, "drop"), C.keep, list(reversed(C)))
