# multiprocessing.pool and multiprocessing.dummy, as tutorials import them:
# ThreadPool under `with` (terminate must stop idle worker threads), then a
# process Pool while a global still holds the thread pool (a forked child
# copies what it can of the main module).
from multiprocessing.dummy import Pool as ThreadPool
from multiprocessing.pool import ThreadPool as PoolOfThreads, Pool as ProcessPool
import multiprocessing.pool
import multiprocessing.dummy as dummy
from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with ThreadPool(4) as p:
        print(p.map(square, range(10)))
    with PoolOfThreads(2) as p:
        print(sorted(p.imap_unordered(square, range(5))))
    with Pool(2) as workers:
        print(workers.map(square, [1, 2, 3]))
    print(ProcessPool is multiprocessing.pool.Pool, dummy.Value("i", 3))
    print(dummy.Manager().Namespace(a=1))
    p = ThreadPool(2)
    print(p.apply(square, (7,)))
    p.close()
    p.join()
