# asyncio.Queue's str() (what print shows) and repr(): maxsize, the queued
# items, waiting getters/putters and unfinished tasks, as CPython shows them.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q)
    await q.put(1)
    await q.put("two")
    print(q)
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(q)
    print(q.get_nowait(), q.get_nowait())
    q.task_done()
    await asyncio.sleep(0)
    print(q)
    r = repr(q)
    print(r.startswith("<Queue at 0x"), r.split(" ", 3)[3])
    await putter
    q2 = asyncio.Queue()
    getter = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    print(q2)
    q2.put_nowait("x")
    print(await getter, q2)


asyncio.run(main())
