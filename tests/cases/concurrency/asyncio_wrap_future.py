# asyncio.wrap_future and run_in_executor with thread and process pools,
# extra arguments and functools.partial keywords, as tutorials use them.
import asyncio
import concurrent.futures
from functools import partial


def squares(n=10):
    return sum(i * i for i in range(n))


def fails():
    raise ValueError("worker failed")


async def run_in_loop(func, *args, executor=None, **kwargs):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, partial(func, **kwargs), *args)


async def main():
    loop = asyncio.get_running_loop()
    print("default pool:", await loop.run_in_executor(None, squares))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print("thread pool:", await loop.run_in_executor(pool, squares, 5))
        wrapped = asyncio.wrap_future(pool.submit(squares, 4))
        print("wrapped:", type(wrapped).__name__, await wrapped)
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, squares, k) for k in range(6)))
        print("process pool:", results)
        try:
            await asyncio.wrap_future(pool.submit(fails))
        except ValueError as e:
            print("caught:", e)
    print("partial:", await run_in_loop(squares, n=7))
    print("to_thread:", await asyncio.to_thread(squares, 3))
    already = loop.create_future()
    print("same future:", asyncio.wrap_future(already) is already)
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError:", e)


asyncio.run(main())
