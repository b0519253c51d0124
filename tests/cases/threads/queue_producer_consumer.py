# queue.Queue hands items from a producer to a consumer in FIFO order; a
# None sentinel tells the consumer to stop.
import queue
import threading

q = queue.Queue()
received = []


def producer():
    for i in range(20):
        q.put(i * i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        received.append(item)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(received)
print("sum", sum(received), "empty:", q.empty(), "size:", q.qsize())
