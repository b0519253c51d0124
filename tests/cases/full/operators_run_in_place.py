# Operators on instances of Python classes: the eval loop runs the left
# operand's method in place (like a call) for a same-class right operand
# or an int, float, bool or None; everything else takes the general path.
# Both must agree with CPython, including NotImplemented, errors,
# tracebacks and methods changed after first use.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __mul__(self, o):
        return NotImplemented

    def __sub__(self, o):
        raise ValueError("no sub")

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __radd__(self, o):
        return "W.radd"


a = V(1)
print(a + V(2), a + 3, a + 2.5, a + True)
print(a + W(5), W(5) + a, W(1) + W(2))
for right in (None, "s", [1]):
    try:
        a + right
    except TypeError as e:
        print("TypeError:", e)
for right in (a, 2, 2.0, None):
    try:
        a * right
    except TypeError as e:
        print("TypeError:", e)

b = a
b += V(10)
print(b, a, b is a)
try:
    b *= 3
except TypeError as e:
    print("TypeError:", e)
try:
    a - a
except ValueError as e:
    print("ValueError:", e)


class Accumulator:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self

    def __add__(self, o):
        return "add"


acc = Accumulator()
acc += 1
acc += 2
print(acc.items, acc + 1)


class WrongArity:
    def __add__(self):
        return 1


try:
    WrongArity() + WrongArity()
except TypeError as e:
    print("TypeError:", e)


class GeneratorOperator:
    def __add__(self, o):
        yield o


print(type(GeneratorOperator() + 1).__name__, list(GeneratorOperator() + 7))


class Recursive:
    def __add__(self, o):
        return self + o


try:
    Recursive() + Recursive()
except RecursionError:
    print("RecursionError")


class ReturnsInit:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return ReturnsInit(self.n + o)


print((ReturnsInit(1) + 2 + 3).n)


# Methods replaced, removed and inherited after the operator has run.
class Counter:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return self.n + o


c = Counter(5)
results = []
for i in range(3):
    results.append(c + i)
Counter.__add__ = lambda self, o: ("lambda", self.n, o)
results.append(c + 1)
del Counter.__add__
try:
    c + 1
except TypeError as e:
    results.append(str(e))


class Base:
    def __add__(self, o):
        return "base"


Counter.__add__ = Base.__add__
results.append(c + 1)
Counter.__add__ = staticmethod(lambda y: ("static", y))
results.append(c + 2)
Counter.__add__ = 5
try:
    c + 1
except TypeError as e:
    results.append(str(e))
print(results)


class Child(Base):
    pass


print(Child() + Child(), Child() + 1)
Base.__add__ = lambda self, o: "base changed"
print(Child() + Child())
obj = Child()
obj.__class__ = V
obj.x = 100
print(obj + 1)


def pairwise_sum(n):
    total = V(0)
    for i in range(n):
        total = total + V(i) + i
    return total


print(pairwise_sum(100))


# Unrelated classes: the left operand's method first, then the right's
# reflected one when the left answers NotImplemented.
class Meters:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.n + other.n)
        return NotImplemented

    def __radd__(self, other):
        return ("Meters.radd", type(other).__name__)

    def __sub__(self, other):
        return NotImplemented


class Feet:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return ("Feet.radd", other.n)


class Plain:
    pass


print(Meters(1) + Feet(2), Feet(2) + Meters(1), (Meters(1) + Meters(2)).n)
print(Meters(1) + Plain() if False else "skip")
for left, right in ((Meters(1), Plain()), (Plain(), Meters(1)), (Meters(1), Feet(1)), (Feet(1), Feet(1))):
    for name, op in (("+", lambda x, y: x + y), ("-", lambda x, y: x - y)):
        try:
            print(name, op(left, right))
        except TypeError as e:
            print("TypeError:", e)
