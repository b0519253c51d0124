# Single inheritance: overriding, super() in __init__ and methods, isinstance
# and issubclass, and method lookup through three levels.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name})"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

    def describe(self):
        return "little " + super().describe()


class Cat(Animal):
    sound = "meow"


animals = [Animal("generic"), Dog("rex", ["sit"]), Puppy("bit", []), Cat("tom")]
for a in animals:
    print(a.speak(), "|", a.describe())
print(isinstance(animals[2], Dog), isinstance(animals[2], Animal), isinstance(animals[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog), issubclass(bool, int))
print(animals[1].tricks, animals[2].tricks, Puppy.sound, Puppy.__bases__[0].__name__)
print([cls.__name__ for cls in Puppy.__mro__])


class Base:
    def template(self):
        return f"[{self.hook()}]"

    def hook(self):
        return "base"


class Derived(Base):
    def hook(self):
        return "derived"


print(Base().template(), Derived().template())
