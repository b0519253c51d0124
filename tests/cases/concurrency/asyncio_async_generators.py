# Async generators: async for, async comprehensions, __anext__/asend/athrow/
# aclose, StopAsyncIteration at the end, awaits inside the generator.
import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def squares(n):
    for i in range(n):
        yield i * i

async def main():
    async for t in ticker(3, 0.01):
        print("tick", t)
    print([x async for x in squares(5)])
    g = squares(3)
    print(await g.__anext__(), await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("done")
    agen = ticker(10, 0)
    print(type(agen).__name__, await agen.asend(None))
    await agen.aclose()
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("closed")

async def catcher():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)

async def other():
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(ValueError("boom")))

asyncio.run(main())
asyncio.run(other())
