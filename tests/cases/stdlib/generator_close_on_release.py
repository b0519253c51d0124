# Generators dropped while suspended inside try/with/except are closed, as
# CPython closes them on release: finally blocks, __exit__ and
# GeneratorExit handlers run; unstarted or unguarded ones are just dropped.
import gc


def guarded(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


g = guarded("rebound")
next(g)
g = None
print("after rebind")

for x in guarded("break"):
    break
print("after break")


def first(it):
    for x in it:
        return x


print(first(guarded("returned")))

unstarted = guarded("unstarted")
unstarted = None
print("unstarted dropped")


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def in_with():
    with Ctx():
        yield "a"
        yield "b"


w = in_with()
print(next(w))
del w
print("after with")


def catches():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


c = catches()
next(c)
c = 5
print("after catch")


def plain():
    yield 1
    yield 2


p = plain()
next(p)
p = None
print("plain dropped")


def nested():
    try:
        yield from guarded("inner")
    finally:
        print("finally outer")


n = nested()
next(n)
n = None
print("nested dropped")


class Holder:
    pass


h = Holder()
h.gen = guarded("cycle")
h.me = h
next(h.gen)
del h
gc.collect()
print("collected")

done = guarded("finished")
print(list(done))
done = None
print("end")
