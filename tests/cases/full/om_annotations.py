# Annotations: function __annotations__ (all parameter kinds, return),
# module and class __annotations__ via SETUP_ANNOTATIONS, complex targets,
# local annotations not evaluated, __kwdefaults__ and __module__.
def f(x: int, y: "str" = 3, *a: int, k: float = 1.0, **kw: dict) -> str:
    return x


print(f.__annotations__)
print(f.__kwdefaults__, f.__module__, f.__defaults__)


def g():
    pass


print(g.__annotations__, g.__kwdefaults__)
g.__annotations__["x"] = int
print(g.__annotations__)


class C:
    """doc"""

    a: int
    b: str = "x"

    if True:
        c: list = []
    self_ref: "C"

    def m(self) -> None:
        pass


print(C.__annotations__, C.b, C.c, hasattr(C, "a"))
print(C.m.__annotations__)


class D:
    pass


print("__annotations__" in D.__dict__)

x: int = 5
y: float
print(__annotations__)
print(x, "y" in globals())


class Box:
    pass


box = Box()
box.attr: int = 3
lst = [0]
lst[0]: str = "z"
print(box.attr, lst)


def h():
    z: undefined_name = 3
    w: undefined_name
    return z


print(h())
lam = lambda q=1: q
print(lam.__annotations__)
