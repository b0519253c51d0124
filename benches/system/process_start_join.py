# Process start+join: the cost of starting an isolated interpreter (a
# multiprocessing.Process) that does nothing, and joining it.
import multiprocessing
import time


def nothing():
    pass


if __name__ == "__main__":
    n = 20
    start = time.perf_counter()
    for _ in range(n):
        p = multiprocessing.Process(target=nothing)
        p.start()
        p.join()
    elapsed = time.perf_counter() - start
    print("process start+join", round(elapsed / n * 1e3, 2), "ms")
