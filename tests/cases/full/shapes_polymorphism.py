# Polymorphism: a base class that raises NotImplementedError, subclasses
# overriding area/perimeter, a class attribute registry, and sorting objects.
PI = 3.141592653589793


class Shape:
    registry = []

    def __init__(self, name):
        self.name = name
        Shape.registry.append(self)

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{self.name:<10} area={self.area():8.3f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return PI * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Blob(Shape):
    pass


shapes = [Circle(1), Rect(2, 3.5), Square(2), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(len(Shape.registry), sum(s.area() for s in shapes) > 14, isinstance(shapes[2], Rect))
try:
    Blob("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
