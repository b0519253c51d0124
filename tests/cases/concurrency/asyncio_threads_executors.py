# asyncio with threads and processes: to_thread, run_in_executor with the default and with explicit ThreadPool/ProcessPool executors, errors from workers, and a thread's wait alongside a task's.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def blocking_square(x):
    time.sleep(0.02)
    return x * x


def blocking_fail():
    raise ValueError("worker failed")


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking_square, 3))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    print(await loop.run_in_executor(None, blocking_square, 4))
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*[loop.run_in_executor(pool, blocking_square, i) for i in range(5)]))
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(await asyncio.gather(*[loop.run_in_executor(pool, blocking_square, i) for i in range(4)]))
    try:
        await asyncio.to_thread(blocking_fail)
    except ValueError as e:
        print("to_thread raised", e)
    both = await asyncio.gather(asyncio.to_thread(time.sleep, 0.05), asyncio.sleep(0.05, result="slept"))
    print(both)
    print(asyncio.get_event_loop() is loop, loop.is_running())


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0.01, result="run_until_complete")))
loop.close()
print(loop.is_closed())
