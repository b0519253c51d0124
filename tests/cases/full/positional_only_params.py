# Parameters before / are positional-only: passing them by keyword is
# CPython's TypeError, or lands in **kwargs when the function has one.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def f(a, /):
    return a


def g(a, /, **kw):
    return (a, kw)


def h(a, b, /, c, *, d=4):
    return (a, b, c, d)


class C:
    def m(self, a, /, b=2):
        return (a, b)


for call in [
    lambda: f(1), lambda: f(a=1), lambda: g(1, a=2), lambda: g(a=2), lambda: h(1, b=2, c=3),
    lambda: h(1, 2, c=3), lambda: h(1, 2, 3, d=5), lambda: h(a=1, b=2, c=3), lambda: C().m(1, b=3),
    lambda: C().m(a=1), lambda: (lambda x, /, y: (x, y))(1, y=2), lambda: (lambda x, /: x)(x=1),
    lambda: f.__code__.co_posonlyargcount, lambda: h.__code__.co_posonlyargcount,
    lambda: C.m.__code__.co_posonlyargcount, lambda: g.__code__.co_argcount,
]:
    show(call)
