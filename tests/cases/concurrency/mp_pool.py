# multiprocessing.Pool: map (in order, any chunksize), starmap, imap,
# imap_unordered (all results arrive), apply, apply_async with get/ready/
# successful/wait and callbacks, map_async, a worker's exception in the
# parent, an initializer's globals, close/join and terminate, and errors.
import multiprocessing
from multiprocessing import Pool

offset = 0


def setup(n):
    global offset
    offset = n


def shifted(x):
    return x + offset


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def fails(x):
    if x == 3:
        raise ValueError("three is not allowed")
    return x


def worker_is_child(_):
    return multiprocessing.current_process().name.startswith("ForkPoolWorker")


if __name__ == "__main__":
    with Pool(processes=3) as pool:
        print(pool.map(square, range(12)))
        print(pool.map(square, range(12), chunksize=5))
        print(pool.map(square, []))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(list(pool.imap(square, range(7))))
        print(list(pool.imap(square, range(7), chunksize=3)))
        print(sorted(pool.imap_unordered(square, range(9))))
        print(sorted(pool.imap_unordered(square, range(9), chunksize=4)))
        print(pool.apply(power, (2, 10)))
        print(all(pool.map(worker_is_child, range(6))))
        r = pool.apply_async(square, (12,))
        r.wait()
        print(r.ready(), r.successful(), r.get(timeout=10))
        good, bad = [], []
        pool.apply_async(square, (5,), callback=good.append).get()
        pool.apply_async(fails, (3,), error_callback=lambda e: bad.append(str(e))).wait()
        print(good, bad)
        m = pool.map_async(square, range(5), callback=good.append)
        print(m.get(), good)
        try:
            pool.map(fails, range(5))
        except ValueError as e:
            print("ValueError from map:", e)
        failed = pool.apply_async(fails, (3,))
        failed.wait()
        print(failed.ready(), failed.successful())
        try:
            failed.get()
        except ValueError as e:
            print("ValueError from get:", e)
    with Pool(2, initializer=setup, initargs=(100,)) as pool:
        print(pool.map(shifted, range(5)))
    pool = Pool(2)
    results = [pool.apply_async(power, (i, 2)) for i in range(6)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
    try:
        pool.apply_async(square, (1,))
    except ValueError as e:
        print("ValueError:", e)
    pool.terminate()
    try:
        Pool(0)
    except ValueError as e:
        print("ValueError:", e)
    p2 = Pool(1)
    try:
        p2.join()
    except ValueError as e:
        print("ValueError:", e)
    p2.terminate()
    print("offset in parent:", offset)
