# __slots__: instances without __dict__ accept only declared names (also
# inherited ones), an empty __slots__, a "__dict__" slot, subclasses without
# slots get a dict, private slot names are mangled, and CPython's errors.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, P.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(e)


class Q(P):
    __slots__ = "z"


q = Q(1, 2)
q.z = 5
print(q.z, hasattr(q, "__dict__"))


class R(P):
    pass


r = R(1, 2)
r.w = 9
print(r.w, hasattr(r, "__dict__"))
try:
    del p.x
    print(p.x)
except AttributeError as e:
    print(e)


class S:
    __slots__ = ("a", "__dict__")


s = S()
s.a = 1
s.b = 2
print(s.a, s.b)


class E:
    __slots__ = ()


try:
    E().q = 1
except AttributeError as e:
    print(e)
try:
    vars(E())
except TypeError as e:
    print(e)
for bad in [("a",), ("a", "a"), (1,), ("no-dash",)]:
    try:

        class Bad:
            __slots__ = bad
            a = 1

    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Hidden:
    __slots__ = ("__secret",)

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Hidden().reveal(), Hidden.__slots__)
