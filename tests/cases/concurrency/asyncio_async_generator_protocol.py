# Native async generators: asend/athrow/aclose semantics, exceptions out of the
# body, await inside the body, async comprehensions, ag_* attributes, types
# and CPython's RuntimeError/TypeError messages.
import asyncio, types

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    return

async def echo():
    got = None
    try:
        while True:
            got = yield got
    except ValueError as e:
        yield "caught %r" % (e,)
    finally:
        print("echo finally")

async def bad():
    yield 1
    raise KeyError("boom")

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def stopper():
    yield 1
    raise StopAsyncIteration

async def main():
    g = ticker(3)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_code.co_name, g.ag_await)
    print(repr(g).startswith("<async_generator object ticker at 0x"))
    print(g.__aiter__() is g)
    print([x async for x in ticker(4)])
    print({x: x * x async for x in ticker(3)})
    print([x async for x in ticker(5) if x % 2])
    async for v in g:
        print("v", v)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("stop", type(e).__name__, e.args)
    e = echo()
    print(await e.asend(None))
    print(await e.asend(5))
    print(await e.athrow(ValueError("x")))
    print(await e.aclose())
    print(await e.aclose())
    try:
        await e.asend(1)
    except StopAsyncIteration:
        print("closed stop")
    b = bad()
    print(await b.__anext__())
    try:
        await b.__anext__()
    except KeyError as ex:
        print("KeyError", ex)
    try:
        await b.__anext__()
    except StopAsyncIteration:
        print("stop after error")
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as ex:
        print("RT", ex)
    try:
        await s.__anext__()
    except StopAsyncIteration:
        print("stubborn done")
    st = stopper()
    await st.__anext__()
    try:
        await st.__anext__()
    except RuntimeError as ex:
        print("RT", ex, type(ex.__cause__).__name__)
    a = ticker(2).__anext__()
    print(type(a).__name__)
    print(await a)
    try:
        await a
    except RuntimeError as ex:
        print("RT", ex)
    t = echo()
    await t.__anext__()
    th = t.athrow(ValueError)
    print(type(th).__name__, await th)
    try:
        await th
    except RuntimeError as ex:
        print("RT", ex)
    await t.aclose()
    # athrow on a not-started generator
    u = ticker(2)
    try:
        await u.athrow(IndexError("early"))
    except IndexError as ex:
        print("IndexError", ex)
    print([x async for x in u])
    # running
    r = ticker(3)
    n1 = r.__anext__()
    n1.send(None)
    print(r.ag_running, r.ag_await is not None)
    try:
        await r.__anext__()
    except RuntimeError as ex:
        print("RT", ex)
    try:
        iter(r)
    except TypeError as ex:
        print("TE", ex)
    try:
        next(r)
    except TypeError as ex:
        print("TE", ex)
    print(isinstance(r, types.AsyncGeneratorType), type(r) is types.AsyncGeneratorType)
    print(await n1, r.ag_running, r.ag_frame is not None)
    print(await r.aclose(), r.ag_frame, r.ag_running)


asyncio.run(main())
