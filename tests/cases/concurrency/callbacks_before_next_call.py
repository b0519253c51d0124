# Pool.apply_async/map_async callbacks and Future.add_done_callback run once
# the task has finished, without anyone calling get()/result(): by the time
# the program submits its next task the callback has printed (in process
# mode, where no handler thread can share the heap, submitting and leaving
# the pool are the points where finished tasks are completed).
import time
import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def sq(x):
    return x * x


def cb(v):
    print("callback", v)


if __name__ == "__main__":
    with mp.Pool(2) as p:
        p.apply_async(sq, (3,), callback=cb)
        time.sleep(0.6)
        p.map_async(sq, [1, 2], callback=cb)
        time.sleep(0.6)
        p.apply_async(sq, (5,))
        print("submitted again")
    print("pool left")
    for Ex in (ThreadPoolExecutor, ProcessPoolExecutor):
        with Ex(2) as ex:
            f = ex.submit(sq, 4)
            f.add_done_callback(lambda f: print("done callback", f.result()))
            time.sleep(0.6)
            ex.submit(sq, 6)
            print("submitted again")
