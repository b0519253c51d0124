# A Lock makes read-modify-write on a shared counter atomic: four threads
# adding 10,000 each always reach exactly 40,000.
import threading

counter = 0
lock = threading.Lock()


def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(10000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter)
print("lock released:", not lock.locked())
print("acquire returns:", lock.acquire(), "non-blocking second acquire:", lock.acquire(blocking=False))
lock.release()
