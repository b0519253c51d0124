# A done-callback that takes a lock, while the thread that added it holds
# that lock and asks a finished future for its result. CPython runs
# callbacks in the worker, outside any lock of the future, so this cannot
# deadlock; minipy once ran them under the pool's pump lock, which result()
# also took (or in the asking thread), and the main thread and a worker
# waited for each other forever. (Not a concurrency/ case: in process mode
# no other thread shares the heap, and callbacks run in the thread that
# waits.)
from concurrent.futures import ThreadPoolExecutor
import multiprocessing
import threading

lock = threading.Lock()
collected = []


def square(x):
    return x * x


def note(fut):
    with lock:
        collected.append(fut.result())


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = []
    for n in range(200):
        f = ex.submit(square, n)
        f.add_done_callback(note)
        futures.append(f)
        finished = futures[n // 2]
        finished.result()
        with lock:
            # Finished: result() must not wait for anything.
            finished.result()
print(len(collected), sum(collected) == sum(n * n for n in range(200)))

# multiprocessing.Pool's callbacks run outside the pool's locks as well.
seen = []


def on_result(value):
    with lock:
        seen.append(value)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = []
        for n in range(20):
            results.append(pool.apply_async(square, (n,), callback=on_result))
            with lock:
                results[n // 2].ready()
        print([r.get() for r in results][:5])
        pool.close()
        pool.join()
    print(sorted(seen) == [n * n for n in range(20)])
