# A multiprocessing.Lock serialises output from several processes; each
# child reports through a Queue, and cpu_count() is at least 1.
import multiprocessing


def worker(n, lock, q):
    with lock:
        q.put(n * 10)


if __name__ == "__main__":
    print("cpu_count >= 1:", multiprocessing.cpu_count() >= 1)
    lock = multiprocessing.Lock()
    q = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=worker, args=(n, lock, q)) for n in range(4)]
    for p in procs:
        p.start()
    values = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(values, [p.exitcode for p in procs])
