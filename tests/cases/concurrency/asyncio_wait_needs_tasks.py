# asyncio.wait refuses bare coroutines, as CPython 3.11 does (tasks only);
# with tasks it works.
import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    try:
        await asyncio.wait([job(1)])
    except TypeError as e:
        print("TypeError:", e)
    tasks = [asyncio.create_task(job(n)) for n in (2, 1)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)


asyncio.run(main())
