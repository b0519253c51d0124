# Hammer: slice assignment and deletion on one list from three threads
# without a lock. The length must be read under the same lock as the splice
# (a panic otherwise); the contents are racy by design, the end is not.
import threading
L = list(range(20))
stop = False
def a():
    for i in range(20000):
        L[1:4] = [1, 2, 3, 4, 5]
        del L[2:6]
        try:
            L[::2] = L[::2]
        except ValueError:
            pass
        try:
            L[1::3] = [0] * len(L[1::3])
        except ValueError:
            pass
def b():
    for i in range(20000):
        L[:] = []
        L.extend(range(i % 30))
        del L[::3]
ts = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=a)]
for t in ts: t.start()
for t in ts: t.join()
print("done", isinstance(L, list))
