# Message rates: small messages from one producer to one consumer through
# queue.Queue (threads) and multiprocessing.Queue (processes).
import multiprocessing
import queue
import threading
import time


def drain(q, n):
    for _ in range(n):
        q.get()


def thread_rate(n):
    q = queue.Queue()
    consumer = threading.Thread(target=drain, args=(q, n))
    start = time.perf_counter()
    consumer.start()
    for i in range(n):
        q.put(i)
    consumer.join()
    return n / (time.perf_counter() - start)


def process_rate(n):
    q = multiprocessing.Queue()
    consumer = multiprocessing.Process(target=drain, args=(q, n))
    consumer.start()
    start = time.perf_counter()
    for i in range(n):
        q.put(("item", i))
    consumer.join()
    return n / (time.perf_counter() - start)


if __name__ == "__main__":
    print("queue.Queue rate", round(thread_rate(20000) / 1000, 1), "k msg/s")
    print("multiprocessing.Queue rate", round(process_rate(5000) / 1000, 1), "k msg/s")
