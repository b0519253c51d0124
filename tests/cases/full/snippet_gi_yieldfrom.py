# gi_yieldfrom: the iterator a paused `yield from` delegates to.

inner = iter([1, 2, 3])


def outer():
    yield 0
    yield from inner
    yield 4


g = outer()
print(g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom is inner)
print(next(g), g.gi_yieldfrom is inner)
print(list(g), g.gi_yieldfrom)


def sub():
    yield "a"
    return "done"


def deleg():
    r = yield from sub()
    yield r


d = deleg()
print(next(d), type(d.gi_yieldfrom).__name__)
print(next(d), d.gi_yieldfrom)
