# __init_subclass__ with class keyword arguments, __set_name__,
# __class_getitem__.

class Base:
    registry = {}

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key
        Base.registry[key or cls.__name__] = cls


class One(Base, key="one"):
    pass


class Two(Base):
    pass


class Three(One, key="three"):
    pass


print(sorted(Base.registry), One.key, Two.key, Three.key)


class Counting:
    count = 0

    @classmethod
    def __init_subclass__(cls):
        Counting.count += 1


class X(Counting):
    pass


class Y(X):
    pass


print(Counting.count)

try:
    class Bad(Two, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Plain(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")


class Model:
    title = Field()
    body = Field()


print(Model.title.owner, Model.title.name, Model.body.name, Model().title)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class SubBox(Box):
    pass


print(Box[int], SubBox[str])
