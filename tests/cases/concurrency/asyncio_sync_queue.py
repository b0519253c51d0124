# asyncio.Queue (producer/consumer, maxsize, task_done/join, get_nowait errors, PriorityQueue, LifoQueue), Lock, Event, Semaphore, BoundedSemaphore, Condition.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    trace = []

    async def producer():
        for i in range(5):
            await q.put(i)
            trace.append("put %d" % i)
        await q.put(None)

    async def consumer():
        out = []
        while True:
            v = await q.get()
            q.task_done()
            if v is None:
                return out
            out.append(v * v)
            await asyncio.sleep(0.001)

    print(await asyncio.gather(producer(), consumer()))
    print(q.empty(), q.qsize(), q.maxsize, len(trace))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", small.full())

    work = asyncio.Queue()
    for job in range(6):
        work.put_nowait(job)
    handled = []

    async def worker(name):
        while True:
            job = await work.get()
            await asyncio.sleep(0.001 * job)
            handled.append(job)
            work.task_done()

    workers = [asyncio.create_task(worker(n)) for n in range(3)]
    await work.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("joined", sorted(handled))
    try:
        work.task_done()
    except ValueError as e:
        print(e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print([pq.get_nowait()[1] for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "abc":
        lq.put_nowait(item)
    print([lq.get_nowait() for _ in range(3)])

    lock = asyncio.Lock()
    shared = [0]

    async def increment():
        for _ in range(3):
            async with lock:
                v = shared[0]
                await asyncio.sleep(0)
                shared[0] = v + 1

    await asyncio.gather(*[increment() for _ in range(4)])
    print("with lock", shared[0], lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    event = asyncio.Event()

    async def waiter(n):
        await event.wait()
        return n

    waiting = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0.01)
    print(event.is_set(), any(t.done() for t in waiting))
    event.set()
    print(await asyncio.gather(*waiting))

    sem = asyncio.Semaphore(2)
    active = [0, 0]

    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.005)
            active[0] -= 1

    await asyncio.gather(*[limited() for _ in range(6)])
    print("at most", active[1], "at once")
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []

    async def take():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()

    taker = asyncio.create_task(take())
    await asyncio.sleep(0.01)
    async with cond:
        items.append("item")
        cond.notify()
    print(await taker)


asyncio.run(main())
