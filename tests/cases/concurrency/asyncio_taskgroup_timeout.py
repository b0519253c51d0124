# asyncio.TaskGroup (results, failures gathered into an ExceptionGroup and
# caught with except*, an error in the body) and asyncio.timeout.
import asyncio

async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} done")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.02))
        t2 = tg.create_task(work("b", 0.01))
    print("results:", t1.result(), t2.result())


async def failing():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 0.5))
            tg.create_task(work("bad", 0.01, fail=True))
            tg.create_task(work("bad2", 0.3, fail=True))  # cancelled before it fails
    except* ValueError as eg:
        print("caught:", sorted(str(e) for e in eg.exceptions))


async def timeouts():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired())


async def body_error():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0.01))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", repr(eg.exceptions[0]))

for f in (main, failing, timeouts, body_error):
    asyncio.run(f())
