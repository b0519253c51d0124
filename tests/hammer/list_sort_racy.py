# Hammer: list.sort while other threads append the list to itself and
# churn its count. Sorting must drop what the list held meanwhile outside
# the list's lock (in racy-refcount, freeing the list itself locks it
# again): it must end, never deadlock.
import threading
L = [3, 1, 2]
def sorter():
    for i in range(20000):
        try:
            L.sort(key=id)
        except ValueError:
            pass
def mutator():
    for i in range(20000):
        L.append(L)
        L.append(L)
        if len(L) > 8:
            try:
                del L[2:]
            except Exception:
                pass
def churn():
    for i in range(100000):
        a = L; b = L; c = L
ts = [threading.Thread(target=f) for f in (sorter, sorter, mutator, mutator, churn, churn)]
for t in ts: t.start()
for t in ts: t.join()
print("done")
