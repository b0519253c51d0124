# Coroutine objects: type name, repr shape, send/throw/close, reuse after finishing, __await__ wrappers, await on non-awaitables.
async def square(x):
    return x * x

c = square(3)
print(type(c).__name__, repr(c).startswith("<coroutine object square at 0x"))
try:
    c.send(1)
except TypeError as e:
    print(e)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

class Bad:
    def __await__(self):
        return 5

class Twice:
    def __await__(self):
        return square(2)

async def use(x):
    return await x

for obj in [1, "s", None, Bad(), Twice()]:
    c = use(obj)
    try:
        c.send(None)
    except TypeError as e:
        print(type(obj).__name__, "->", e)

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return iter([])

async def ready():
    return await Ready(1)
try:
    ready().send(None)
except StopIteration as e:
    print("ready", e.value)

async def never():
    await Ready(0)
c = never()
c.close()
c.close()
print("closed twice fine")

async def catches():
    try:
        await Pause()
    except KeyError:
        return "caught"
class Pause:
    def __await__(self):
        yield "paused"
c = catches()
print(c.send(None))
try:
    c.throw(KeyError)
except StopIteration as e:
    print(e.value)

async def ignore_exit():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()
c = ignore_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)

async def not_iter():
    pass
for f in (iter, next, len):
    co = not_iter()
    try:
        f(co)
    except TypeError as e:
        print(e)
    co.close()

class NoAnext:
    def __aiter__(self):
        return self
async def loops(x):
    async for i in x:
        pass
for x in [1, NoAnext()]:
    c = loops(x)
    try:
        c.send(None)
    except TypeError as e:
        print(e)
async def ctx(x):
    async with x:
        pass
c = ctx(3)
try:
    c.send(None)
except TypeError as e:
    print(e)
