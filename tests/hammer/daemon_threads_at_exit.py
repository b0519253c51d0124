# Daemon threads still running (blocked in q.get(), or spinning) when the
# main thread ends: abandoned silently, never running into a torn-down
# module (stderr must stay empty).
import threading, queue
q = queue.Queue()
def worker():
    while True:
        item = q.get()
        q.task_done()
def spinner():
    n = 0
    while True:
        n += 1
for f in (worker, spinner):
    threading.Thread(target=f, daemon=True).start()
for i in range(10):
    q.put(i)
q.join()
print("main done")
