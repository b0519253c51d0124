# Operator overloading with dunder methods: arithmetic, reflected operators,
# comparison, equality and hashing, len, getitem, contains, bool and iter.
class Vector:
    def __init__(self, *components):
        self.components = list(components)

    def __repr__(self):
        return "Vector(" + ", ".join([str(c) for c in self.components]) + ")"

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.components, other.components)])

    def __sub__(self, other):
        return Vector(*[a - b for a, b in zip(self.components, other.components)])

    def __mul__(self, scalar):
        return Vector(*[a * scalar for a in self.components])

    def __rmul__(self, scalar):
        return self * scalar

    def __neg__(self):
        return self * -1

    def __eq__(self, other):
        return isinstance(other, Vector) and self.components == other.components

    def __hash__(self):
        return hash(tuple(self.components))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __abs__(self):
        return sum([c * c for c in self.components]) ** 0.5

    def __len__(self):
        return len(self.components)

    def __getitem__(self, index):
        return self.components[index]

    def __contains__(self, value):
        return value in self.components

    def __bool__(self):
        return any(self.components)

    def __iter__(self):
        return iter(self.components)


v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w), len(v), v[0], w[-1], 2 in v, 5 in v)
print(v == Vector(1, 2), v != w, v == (1, 2), v < w, w > v, sorted([w, v, Vector(0, 1)]))
print(bool(Vector(0, 0)), bool(v), list(v), [x * 10 for x in w], {v: "v", Vector(1, 2): "again"})
x, y = w
print(x, y, max(Vector(5, 1)), sum(Vector(1, 2, 3)))
total = Vector(0, 0)
for vec in [v, w, v]:
    total += vec
print(total)
