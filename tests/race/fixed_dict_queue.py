import queue
import threading

q = queue.Queue()


def produce():
    for i in range(3):
        d = {"n": i}
        d["square"] = i * i
        q.put(d)
    q.put(None)


def consume(out):
    while True:
        d = q.get()
        if d is None:
            break
        out.append(d["square"])


out = []
threads = [threading.Thread(target=produce), threading.Thread(target=consume, args=(out,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
