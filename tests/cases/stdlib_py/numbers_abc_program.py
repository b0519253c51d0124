# numbers: the tower's isinstance/issubclass answers for int, bool, float;
# an abstract Shape hierarchy from a published bootcamp program.
import numbers
from abc import ABC, abstractmethod
print(isinstance(3, numbers.Number), isinstance(3.5, numbers.Integral), isinstance(True, numbers.Integral), isinstance(2.0, numbers.Real), isinstance("x", numbers.Number))
print(issubclass(int, numbers.Rational), issubclass(float, numbers.Rational))
class Volume(ABC):
    @abstractmethod
    def volume(self):
        pass
class Shape(ABC):
    def __init__(self):
        self.name = type(self).__name__
    @abstractmethod
    def area(self) -> numbers:
        pass
    def __str__(self):
        return f'{type(self).__name__}{self.__dict__}'
class Square(Shape):
    def __init__(self, side):
        super().__init__()
        self.side = side
    def area(self) -> numbers:
        return self.side * self.side
class Cube(Shape, Volume):
    def area(self) -> numbers:
        pass
    def volume(self):
        pass
square1 = Square(5)
print(square1)
print(square1.area(), Cube().name)
