# Rich comparisons on instances of Python classes: the eval loop runs the
# left operand's method in place (like a call) for a same-class right
# operand, an unrelated class's, or an int, float, bool or None; the rest
# takes the general path. Both must agree with CPython: NotImplemented
# falls back to the right operand's reflected method (even for one class),
# then to identity for == and !=, else a TypeError.
class P:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if isinstance(o, P):
            return self.v < o.v
        if isinstance(o, (int, float)):
            return self.v < o
        return NotImplemented

    def __gt__(self, o):
        if isinstance(o, P):
            return self.v > o.v
        return NotImplemented

    def __eq__(self, o):
        if isinstance(o, P):
            return self.v == o.v
        return NotImplemented

    def __le__(self, o):
        return "le:" + str(self.v)

    def __repr__(self):
        return f"P({self.v})"


class Q(P):
    def __gt__(self, o):
        return "Q.gt"


class Other:
    def __gt__(self, o):
        return "Other.gt"

    def __eq__(self, o):
        return "Other.eq"


a, b = P(1), P(2)
print(a < b, b < a, a > b, a == P(1), a == b, a != b, a != P(1))
print(a < 5, a < 0.5, a < True, a <= b, a <= None)
print(a < Q(3), Q(3) < a, a < Other(), a == Other(), Other() == a)
print(a == None, a != None, a == "x", a != "x", a == a)
for left, right in ((a, None), (a, "s"), (None, a)):
    try:
        print(left > right)
    except TypeError as e:
        print("TypeError:", e)
print(a >= b, a >= 1 if False else "-")
print(sorted([P(3), P(1), P(2)]), max(P(3), P(5), P(4)), min([P(3), P(5)]))
print(sorted([P(3), P(1), P(2)], reverse=True))


class Only:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Only) and self.k == o.k


# object's __ne__ inverts __eq__; == on an unrelated class's instance
print(Only(1) != Only(1), Only(1) != Only(2), Only(1) == Only(1), Only(1) == 1)


class Loud:
    def __eq__(self, o):
        raise KeyError("eq")

    def __lt__(self, o):
        return [1]


try:
    Loud() == Loud()
except KeyError as e:
    print("KeyError:", e)
print(Loud() < Loud(), bool(Loud() < 1))
if Loud() < 2:
    print("truthy list")


# A method changed after first use is the one that runs.
def first(self, o):
    return "first"


def second(self, o):
    return "second"


class C:
    __lt__ = first


print(C() < C())
C.__lt__ = second
print(C() < C())
del C.__lt__
try:
    C() < C()
except TypeError as e:
    print("TypeError:", e)


# Deep recursion through a comparison method is still a RecursionError.
class Deep:
    def __lt__(self, o):
        return o < self


try:
    Deep() < Deep()
except RecursionError:
    print("RecursionError")
