# concurrent.futures.ThreadPoolExecutor: submit, map (in order), result,
# exception, done/cancelled, as_completed, callbacks, a worker's exception
# re-raised with its type and message, and the with-block shutdown.
from concurrent.futures import ThreadPoolExecutor, as_completed
import concurrent.futures
import threading


def square(x):
    return x * x


def fail(x):
    raise KeyError("missing " + str(x))


class AppError(Exception):
    pass


def app_fail():
    raise AppError("custom failure")


collected = []
lock = threading.Lock()


def note(fut):
    with lock:
        collected.append(fut.result())


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    f = ex.submit(square, 12)
    print(f.result(), f.done(), f.cancelled(), f.running())
    futures = {ex.submit(square, n): n for n in range(6)}
    pairs = sorted((futures[fut], fut.result()) for fut in as_completed(futures))
    print(pairs)
    bad = ex.submit(fail, 5)
    try:
        bad.result()
    except KeyError as e:
        print("KeyError re-raised:", e)
    print(repr(bad.exception()))
    print(ex.submit(square, 2).exception())
    custom = ex.submit(app_fail)
    try:
        custom.result()
    except AppError as e:
        print("AppError re-raised:", e)
    for n in range(4):
        ex.submit(square, n).add_done_callback(note)
print(sorted(collected))
later = []
done = concurrent.futures.Future()
done.set_result(41)
done.add_done_callback(lambda fut: later.append(fut.result() + 1))
print(later, done.done(), done.result())
print(concurrent.futures.TimeoutError is TimeoutError)
print(issubclass(concurrent.futures.CancelledError, Exception))
