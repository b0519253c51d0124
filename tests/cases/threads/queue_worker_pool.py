# Several workers drain one Queue; task_done()/join() wait for all work,
# and results are sorted because completion order varies.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        results.put((n, n ** 3))
        tasks.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(12):
    tasks.put(n)
tasks.join()
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
collected = []
while not results.empty():
    collected.append(results.get())
print(sorted(collected))
print(len(collected), "results from", len(workers), "workers")
