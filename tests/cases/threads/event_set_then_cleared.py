# Event.wait() returns True for every thread that was waiting when set() ran,
# even if one of the woken threads clears the flag before the others run (as
# in a tutorial's "event barrier"); a later wait() blocks again.
import threading
import time

event = threading.Event()
woke = []
lock = threading.Lock()


def worker(i):
    r = event.wait()
    event.clear()
    with lock:
        woke.append((i, r))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
time.sleep(0.05)
event.set()
for t in threads:
    t.join()
print(sorted(woke))
print("set after clear:", event.is_set())
print("timed wait:", event.wait(0.01))
event.set()
print("wait when set:", event.wait(0.01))
