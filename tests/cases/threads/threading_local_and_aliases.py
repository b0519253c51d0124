# threading.local: a subclass with its own __init__ (run again, with the
# same arguments, in each thread that touches it), per-thread values,
# deletion; the deprecated camelCase names CPython 3.11 still has
# (notifyAll, isSet, getName, currentThread) and the one it removed (isAlive).
import threading


class Defaults(threading.local):
    def __init__(self, value):
        self.value = value
        self.inits = getattr(self, "inits", 0) + 1


data = Defaults(1000)
print(data.value, data.inits)
data.value = 1
seen = []


def worker(n):
    seen.append((n, data.value, data.inits))
    data.value = n
    seen.append((n, data.value))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(seen, data.value)
plain = threading.local()
plain.x = 5
del plain.x
print(hasattr(plain, "x"))
try:
    threading.local(1)
except TypeError as e:
    print(e)
cond = threading.Condition()
with cond:
    cond.notifyAll()
event = threading.Event()
event.set()
print(event.isSet(), threading.currentThread().getName(), hasattr(threading.Thread, "isAlive"))
