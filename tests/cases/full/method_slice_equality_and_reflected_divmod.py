# Bound methods are equal when they bind the same function to the same
# object (and hash alike); slices compare as tuples and are unhashable;
# divmod() tries the right operand's __rdivmod__; a callable instance whose
# __call__ is itself an instance ends in RecursionError.


class Point:
    def __init__(self, x):
        self.x = x

    def move(self):
        pass

    def stay(self):
        pass


a, b = Point(1), Point(1)
print(a.move == a.move, a.move != a.move, a.move == b.move, a.move == a.stay)
print(hash(a.move) == hash(a.move), {a.move: "found"}.get(a.move), Point.move == Point.move)
items = []
print(items.append == items.append, items.append == [].append, (5).bit_length == (5).bit_length)

print(slice(1, 2) == slice(1, 2), slice(1, 2, 3) != slice(1, 2, 3), slice(1, 2) < slice(1, 3))
print([slice(None, 42)] == [slice(None, 42)], (slice(0, 1),) == (slice(0, 2),))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)


class Reflected:
    def __rdivmod__(self, other):
        return ("rdivmod", other)


class Declines:
    def __divmod__(self, other):
        return NotImplemented


print(divmod(7, Reflected()), divmod(Declines(), Reflected())[1].__class__.__name__)
try:
    divmod(Declines(), 3)
except TypeError as e:
    print("TypeError:", e)


class Looping:
    pass


Looping.__call__ = Looping()
try:
    Looping()()
except RecursionError:
    print("RecursionError")


class Lazy:
    __len__ = property(lambda self: lambda: 3)


print(len(Lazy()))
