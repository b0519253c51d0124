# threading.enumerate() while threads end: each ending thread removes itself from
# the registry, which enumerate() must not be iterating at that moment.
import threading
def w():
    pass
n = 0
for _ in range(300):
    ts = [threading.Thread(target=w) for _ in range(4)]
    for t in ts:
        t.start()
    for _ in range(5):
        n += len(threading.enumerate()) >= 1
    for t in ts:
        t.join()
print("ok", n)
