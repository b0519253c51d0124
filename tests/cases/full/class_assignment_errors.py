# obj.__class__ = X: CPython's TypeErrors for a non-class value, built-in
# types on either side and different instance layouts, also from a loop
# where the attribute store is cached (never a silent dict write).
class A:
    pass


class B(A):
    pass


class L(list):
    pass


class S:
    __slots__ = ("x",)


class E(Exception):
    pass


def assign(o, v):
    o.__class__ = v


cases = [
    (A(), 1), (A(), int), (1, A), ([], L), (A(), L), (L(), A), (A(), S), (S(), A),
    (A(), object), (object(), A), (A, type), (ValueError(), KeyError), (A(), ValueError),
    (E(), ValueError), (L(), list), ("s", str), (A(), None), (B(), "A"),
]
for _ in range(3):
    for o, v in cases:
        try:
            assign(o, v)
            print("assigned", type(o).__name__)
        except TypeError as e:
            print("TypeError:", e)
a = A()
print(type(a).__name__, a.__class__.__name__, "__class__" in vars(a))
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
