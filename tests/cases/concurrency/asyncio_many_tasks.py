# Thousands of tasks: gather keeps argument order and counts a repeated
# awaitable once, all_tasks() shrinks as tasks finish, and a task group of
# many children completes (the loop's task bookkeeping must stay linear).
import asyncio


async def leaf(i):
    await asyncio.sleep(0)
    return i * i


async def main():
    results = await asyncio.gather(*[leaf(i) for i in range(3000)])
    print(len(results), results[:5], results[-1])
    t = asyncio.ensure_future(leaf(7))
    print(await asyncio.gather(t, t, leaf(2)))
    tasks = [asyncio.ensure_future(leaf(i)) for i in range(500)]
    print(len(asyncio.all_tasks()))
    for x in tasks[:250]:
        await x
    print(len(asyncio.all_tasks()) <= 251)
    await asyncio.gather(*tasks)
    print(len(asyncio.all_tasks()))
    async with asyncio.TaskGroup() as tg:
        kids = [tg.create_task(leaf(i)) for i in range(1000)]
    print(sum(k.result() for k in kids))


asyncio.run(main())
