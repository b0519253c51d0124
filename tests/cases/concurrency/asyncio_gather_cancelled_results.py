# asyncio.gather(return_exceptions=True) reports a cancelled child as
# CancelledError('') (or with the cancel message), as CPython builds it.
import asyncio


async def forever():
    await asyncio.sleep(10)


async def main():
    tasks = [asyncio.create_task(forever()) for _ in range(3)]
    await asyncio.sleep(0)
    tasks[0].cancel()
    tasks[1].cancel("stop now")
    tasks[2].cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(res)
    print([type(r).__name__ for r in res], [r.args for r in res])
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited:", repr(e))


asyncio.run(main())
