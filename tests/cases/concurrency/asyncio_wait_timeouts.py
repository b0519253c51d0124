# asyncio.wait_for (result, TimeoutError, cancellation of the inner task), wait (FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION, timeout), as_completed order, shield.
import asyncio


async def value_after(v, delay):
    await asyncio.sleep(delay)
    return v


async def fails_after(delay):
    await asyncio.sleep(delay)
    raise KeyError("bad")


async def main():
    print(await asyncio.wait_for(value_after("quick", 0.01), timeout=1))
    print(await asyncio.wait_for(value_after("no limit", 0.01), None))
    inner = asyncio.create_task(value_after("slow", 10))
    try:
        await asyncio.wait_for(inner, timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError, inner.cancelled())
    try:
        await asyncio.wait_for(fails_after(0.01), 1)
    except KeyError as e:
        print("inner error passes through", e)

    tasks = [asyncio.create_task(value_after(i, 0.01 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    slow = asyncio.create_task(value_after("late", 10))
    done, pending = await asyncio.wait([slow], timeout=0.02)
    print(len(done), len(pending), slow.done())
    slow.cancel()
    bad = [asyncio.create_task(fails_after(0.01)), asyncio.create_task(value_after(1, 5))]
    done, pending = await asyncio.wait(bad, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), type(list(done)[0].exception()).__name__)
    for t in pending:
        t.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)

    order = []
    for next_done in asyncio.as_completed([value_after("c", 0.05), value_after("a", 0.01), value_after("b", 0.03)]):
        order.append(await next_done)
    print(order)
    try:
        for next_done in asyncio.as_completed([value_after("never", 10)], timeout=0.02):
            await next_done
    except asyncio.TimeoutError:
        print("as_completed timed out")

    protected = asyncio.create_task(value_after("survived", 0.03))
    try:
        await asyncio.wait_for(asyncio.shield(protected), timeout=0.01)
    except asyncio.TimeoutError:
        print("shielded wait timed out")
    print(await protected)


asyncio.run(main())
