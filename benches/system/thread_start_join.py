# Thread start+join: the cost of creating, starting and joining one thread
# that does nothing. Prints "metric value unit" lines for benches/run.py.
import threading
import time


def nothing():
    pass


n = 400
start = time.perf_counter()
for _ in range(n):
    t = threading.Thread(target=nothing)
    t.start()
    t.join()
elapsed = time.perf_counter() - start
print("thread start+join", round(elapsed / n * 1e6, 1), "us")
