# CPU scaling: the same CPU-bound work done by one thread, then split over
# two threads and over two processes. Prints the speed-ups (higher is
# better; 2.0 is perfect on two idle cores).
import multiprocessing
import threading
import time


def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def timed(runner, n):
    start = time.perf_counter()
    runner(n)
    return time.perf_counter() - start


def one_thread(n):
    work(n)


def two_threads(n):
    ts = [threading.Thread(target=work, args=(n // 2,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def two_processes(n):
    ps = [multiprocessing.Process(target=work, args=(n // 2,)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()


if __name__ == "__main__":
    n = 2000000
    base = timed(one_thread, n)
    print("2-thread speed-up", round(base / timed(two_threads, n), 2), "x")
    print("2-process speed-up", round(base / timed(two_processes, n), 2), "x")
