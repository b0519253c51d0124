# Classes: __init__, instance attributes, methods, __str__ and __repr__,
# class attributes shared by instances, and instances in containers.
class Point:
    dimensions = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def distance_squared(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2


p = Point(1, 2)
q = p.moved(3, 4)
print(p, q, repr(p), [p, q], str(q))
print(p.x, q.y, p.distance_squared(q), Point.dimensions, p.dimensions)
p.x = 10
p.label = "dynamic"
print(p, p.label, hasattr(p, "label"), hasattr(q, "label"), getattr(q, "label", "none"))
Point.dimensions = 3
print(p.dimensions, q.dimensions)
p.dimensions = 99
print(p.dimensions, q.dimensions, Point.dimensions)
print(isinstance(p, Point), type(p).__name__, type(p) is Point, Point.__name__)
method = q.moved
print(method(1, 1), Point.moved(q, 2, 2))
points = sorted([Point(3, 1), Point(1, 2), Point(2, 0)], key=lambda pt: pt.x)
print(points)


class Counter:
    def __init__(self):
        self.count = 0

    def increment(self, by=1):
        self.count += by
        return self


c = Counter()
c.increment().increment(5).increment()
print(c.count, vars(c))
