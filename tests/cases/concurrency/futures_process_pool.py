# ProcessPoolExecutor: workers are isolated interpreters; map keeps order
# with any chunksize, an initializer's globals are seen by later tasks in
# the same worker, exceptions come back with their type and message, and
# the parent's globals are not changed by the workers.
from concurrent.futures import ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED
import multiprocessing

counter = 0
factor = None


def init(f):
    global factor
    factor = f


def scaled(x):
    return x * factor


def bump(x):
    global counter
    counter += x
    return counter >= x


def divide(a, b):
    return a / b


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


def make_point(i):
    return Point(i, i * i)


def worker_name(_):
    return multiprocessing.current_process().name != "MainProcess"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=(10,)) as ex:
        print(list(ex.map(scaled, range(7))))
        print(list(ex.map(scaled, range(7), chunksize=3)))
        print(list(ex.map(divide, [1, 9, 8], [2, 3, 4], chunksize=2)))
        print(all(ex.map(bump, range(1, 6))))
        print(set(ex.map(worker_name, range(4))))
        print(ex.submit(make_point, 3).result())
        fs = [ex.submit(divide, 10, d) for d in [5, 2, 0, 1]]
        done, not_done = wait(fs, return_when=ALL_COMPLETED)
        print(len(done), len(not_done))
        for f in fs:
            try:
                print(f.result())
            except ZeroDivisionError as e:
                print("ZeroDivisionError:", e)
        results = sorted(f.result() for f in as_completed([ex.submit(divide, i, 2) for i in range(4)]))
        print(results)
    print("parent counter", counter, "parent factor", factor)
