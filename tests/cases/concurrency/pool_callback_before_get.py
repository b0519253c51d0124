# A Pool result's callback has run by the time get() returns, as in CPython
# (ApplyResult._set calls it before setting the event): thread and process pools.
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool
import time


def sq(x):
    time.sleep(0.001)
    return x * x


def check(pool, n):
    seen = []
    for i in range(n):
        pool.apply_async(sq, (i,), callback=seen.append).get()
        assert seen and seen[-1] == i * i, (i, seen[-3:])
    m = pool.map_async(sq, range(6), callback=seen.append)
    print(m.get() == seen[-1], len(seen))
    r = pool.apply_async(sq, (7,), callback=seen.append)
    r.wait()
    print(r.ready(), seen[-1])


if __name__ == "__main__":
    with ThreadPool(3) as p:
        check(p, 20)
    with Pool(2) as p:
        check(p, 10)
