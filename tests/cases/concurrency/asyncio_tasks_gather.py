# asyncio.run, sleep, gather (order of results, return_exceptions, first error), create_task, Task done/result/cancel/cancelled, current_task.
import asyncio


async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()


async def boom(delay):
    await asyncio.sleep(delay)
    raise ValueError("boom")


async def main():
    log = []
    r = await asyncio.gather(worker("a", 0.06, log), worker("b", 0.01, log), worker("c", 0.03, log))
    print(r, log)
    print(await asyncio.gather(worker("x", 0.01, log), boom(0.02), return_exceptions=True))
    try:
        await asyncio.gather(boom(0.01), worker("y", 0.03, log))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather())
    t = asyncio.create_task(worker("t", 0.01, log), name="fetcher")
    print(t.done(), t.get_name())
    print(await t, t.done(), t.result(), t.cancelled())
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print("cancel", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    print("cancel again", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    async def catches_cancel():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("cleanup ran")
            raise

    t = asyncio.create_task(catches_cancel())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, log[-1])
    me = asyncio.current_task()
    print(isinstance(me, asyncio.Task), me.done())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    c = worker("z", 0, log)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(worker))
    await c
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.run(worker)
except ValueError as e:
    print("ValueError:", str(e).startswith("a coroutine was expected"))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
