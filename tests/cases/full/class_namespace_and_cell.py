# What a metaclass sees of a class body's namespace, a body's own __doc__,
# and a kept namespace made into a class later (its __class__ cell filled).
kept = None


class Keeper(type):
    def __new__(mcls, name, bases, namespace):
        global kept
        kept = namespace
        print("namespace:", sorted(namespace))
        return None


class Later(metaclass=Keeper):
    def which(self):
        return __class__


print(Later)
Made = type("Made", (), kept)
print(Made().which() is Made, Made.__qualname__, Made.__doc__)


class Documented:
    __doc__ = "assigned in the body"


class Plain:
    pass


class Child(Documented):
    pass


print(Documented.__doc__, Plain.__doc__, Child.__doc__, "__doc__" in Plain.__dict__)
print(type("T", (), {}).__doc__, "__doc__" in type("T", (), {}).__dict__)
