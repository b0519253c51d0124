# yield from passes throw() and close() to the inner generator; coroutines pass them to what they await; a generator suspended in an except block keeps its handled exception.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    finally:
        print("inner finally")
    return "done"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
    except KeyError:
        print("outer caught KeyError")
    yield "outer-end"

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g = outer()
print(next(g))
g.close()
print("closed")
g = outer()
next(g)
print(g.throw(KeyError("k")))

def echo():
    try:
        while True:
            x = yield
            print("echo", x)
    except GeneratorExit:
        print("echo closing")
        raise
def deleg():
    yield from echo()
g = deleg()
next(g)
g.send(1)
g.close()

async def c1():
    try:
        await Sleep()
    except ValueError as e:
        print("c1 caught", e)
        return "c1 ok"
class Sleep:
    def __await__(self):
        yield "sleeping"
co = c1()
print(co.send(None))
try:
    co.throw(ValueError("wake"))
except StopIteration as e:
    print("stop", e.value)
co = c1()
co.send(None)
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print(e)
print(type(co).__name__)

def h():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        raise
g = h()
next(g)
try:
    try:
        raise ValueError("outer")
    except ValueError:
        next(g)
except KeyError as e:
    print("reraised", repr(e))
