# threading: Barrier (with an action), local, Semaphore/BoundedSemaphore,
# get_native_id, excepthook, Timer, enumerate, main_thread; queue:
# LifoQueue, PriorityQueue, SimpleQueue, task_done/join.
import threading
import queue
import time

results = []
lock = threading.Lock()
arrivals = []


def on_all_arrived():
    arrivals.append(len(results))


barrier = threading.Barrier(3, action=on_all_arrived)


def phase_worker(n):
    with lock:
        results.append(("before", n))
    index = barrier.wait()
    with lock:
        results.append(("after", n, 0 <= index < 3))


threads = [threading.Thread(target=phase_worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results)[:3])
print(all(r[0] == "before" for r in results[:3]), arrivals, barrier.parties, barrier.broken)

b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError after timeout, broken =", b2.broken)
b2.reset()
print("after reset broken =", b2.broken)

data = threading.local()
data.name = "main"
seen = []


def use_local(n):
    data.name = "worker-" + str(n)
    time.sleep(0.01)
    with lock:
        seen.append(data.name)


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen), data.name)

sem = threading.Semaphore(2)
inside = [0]
peak = [0]


def limited():
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.02)
        with lock:
            inside[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak inside semaphore:", peak[0] <= 2, "acquire non-blocking:", sem.acquire(False))
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook


def bad():
    raise ValueError("from thread")


t = threading.Thread(target=bad, name="bad-thread")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(caught)
print(isinstance(threading.get_native_id(), int), threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())

fired = []
timer = threading.Timer(0.01, lambda: fired.append("fired"))
timer.start()
timer.join()
cancelled = threading.Timer(5, lambda: fired.append("never"))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)
print([t.name for t in threading.enumerate()])

lq = queue.LifoQueue()
for i in range(4):
    lq.put(i)
print([lq.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(4)], pq.empty())
sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty")

jq = queue.Queue()
done = []


def consumer():
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        done.append(item * 2)
        jq.task_done()


c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    jq.put(i)
jq.put(None)
jq.join()
print(sorted(done))
c.join()
pq2 = queue.PriorityQueue()
pq2.put(5)
pq2.task_done()
try:
    pq2.task_done()
except ValueError as e:
    print("ValueError:", e)
