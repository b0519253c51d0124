# With threads that share the heap, a finished task's callback runs while
# the main thread sleeps (a result-handler thread for process pools, the
# worker itself for thread pools), as in CPython: no get()/result() needed.
import time
import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


def sq(x):
    return x * x


def cb(v):
    print("callback", v)


if __name__ == "__main__":
    with mp.Pool(2) as p:
        r = p.apply_async(sq, (3,), callback=cb)
        time.sleep(0.6)
        print("after sleep 1", r.ready())
        p.map_async(sq, [1, 2], callback=cb)
        time.sleep(0.6)
        print("after sleep 2")
    for Ex in (ThreadPoolExecutor, ProcessPoolExecutor):
        with Ex(2) as ex:
            f = ex.submit(sq, 4)
            f.add_done_callback(lambda f: print("done callback", f.result()))
            time.sleep(0.6)
            print("after sleep 3")
