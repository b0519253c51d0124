# Generators and coroutines: a finished one releases its locals at once
# (returning, raising, or exhausted by a for loop), its frame's stack is
# reused by the next, and its name and qualified name stay readable.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("released", self.tag)


def gen(tag, fail=False):
    keep = Noisy(tag) if not fail else None
    yield 1
    if fail:
        raise ValueError(tag)
    yield 2
    print("returning", keep.tag)


g = gen("a")
print(next(g), next(g))
print(next(g, "done"))
print("after a")

g = gen("b", fail=True)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("raised", e)
# (The failing generator keeps no Noisy: CPython's traceback holds the
# failed frame's locals until the handler ends, and minipy's tracebacks
# hold no frames, so the two would release it at different times.)
print("after b")

for x in gen("c"):
    print("item", x)
print("after c")


class Box:
    def method(self):
        def inner():
            yield Noisy("d")
        return inner()


it = Box().method()
print(it.__name__, it.__qualname__, repr(it).split(" at ")[0])
print(next(it).tag)
print(next(it, "end"))


async def leaf(n):
    local = Noisy("leaf%d" % n) if n == 0 else None
    return n * 2


async def tree(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


coro = tree(4)
print(coro.__name__, coro.__qualname__)
try:
    coro.send(None)
except StopIteration as stop:
    print("result", stop.value)
print(sum(sum(x for x in range(k)) for k in range(50)))
print("end")
