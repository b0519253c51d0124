# weakref under threads: references revived while other threads drop their objects (no crash, right answers)
import threading, weakref
class A:
    pass
shared = [A() for _ in range(50)]
refs = [weakref.ref(o) for o in shared]
counts = []
def reader():
    n = 0
    for _ in range(2000):
        for r in refs:
            if r() is not None:
                n += 1
    counts.append(n >= 0)
def dropper():
    for i in range(len(shared)):
        shared[i] = None
def churn():
    for _ in range(3000):
        a = A()
        r = weakref.ref(a)
        assert r() is a
        del a
        assert r() is None
ts = [threading.Thread(target=reader) for _ in range(2)] + [threading.Thread(target=dropper), threading.Thread(target=churn), threading.Thread(target=churn)]
for t in ts: t.start()
for t in ts: t.join()
print(counts, [r() for r in refs].count(None))
