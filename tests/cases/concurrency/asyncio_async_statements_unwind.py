# async with and async for leaving by return, break and exceptions, with __aenter__/__aexit__/__anext__ that really suspend, under asyncio.
import asyncio
class CM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.n); return self.n
    async def __aexit__(self, *a):
        await asyncio.sleep(0)
        print("exit", self.n, a[0].__name__ if a[0] else None); return False
class AI:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        await asyncio.sleep(0)
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def f():
    async with CM(1) as a, CM(2) as b:
        return a + b
async def g():
    async for i in AI():
        if i == 2:
            return i
async def h():
    try:
        async with CM(3):
            async for i in AI():
                if i == 2:
                    raise KeyError(i)
    except KeyError as e:
        print("caught", e)
    return [x async for x in AI() if x != 2]
async def main():
    print(await f(), await g(), await h())
asyncio.run(main())
