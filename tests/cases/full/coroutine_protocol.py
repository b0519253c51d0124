# Coroutines driven by hand: async def, await on coroutines and __await__ objects, async for, async with, async comprehensions, and the coroutine's errors.
async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    print("x", x)
    return x * 10

c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

class Aw:
    def __await__(self):
        v = yield "step"
        return "aw:" + str(v)

async def g():
    r = await Aw()
    return r

c = g()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print(e.value)

class AIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    async def __aenter__(self):
        print("enter")
        return "cm"
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True

async def h():
    out = []
    async for i in AIter(3):
        out.append(i)
    else:
        out.append("else")
    async with ACM() as v:
        print("in", v)
    async with ACM():
        raise ValueError("x")
    print([i * 2 async for i in AIter(4)])
    print([await add(i, 1) for i in range(3)])
    for k in range(3):
        async with ACM():
            if k == 1:
                break
    return out

c = h()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def bad():
    await 1
c = bad()
try:
    c.send(None)
except TypeError as e:
    print(e)
try:
    iter(bad())
except TypeError as e:
    print(e)
try:
    next(bad())
except TypeError as e:
    print(e)
c = add(1,2)
w = c.__await__() if hasattr(c, "__await__") else None
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("w", e.value)
