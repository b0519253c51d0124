import threading
import queue

q = queue.Queue()
shared = None

def producer():
    global shared
    shared = [1, 2, 3]
    q.put("ready")

def consumer():
    q.get()
    print(sum(shared))

ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
