# Threads that sleep for clearly different times wake up in order of their
# sleep length, whatever the order they were started in; sleep releases
# the interpreter so they overlap.
import threading
import time

order = []
lock = threading.Lock()


def sleeper(name, seconds):
    time.sleep(seconds)
    with lock:
        order.append(name)


start = time.perf_counter()
threads = [threading.Thread(target=sleeper, args=(name, s)) for name, s in [("slow", 0.6), ("fast", 0.0), ("medium", 0.3)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(order)
print("overlapped:", elapsed < 1.2, "waited:", elapsed >= 0.6)
