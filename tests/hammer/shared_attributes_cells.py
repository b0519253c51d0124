# Hammer: many threads rebind and delete the attributes of one shared
# object and of its class, closure cells (nonlocal) and globals, without a
# lock. Increments are lost by design in free-threaded mode; every access
# must still work or raise AttributeError/NameError, never crash.
# `python hammer.py N` scales the work (default: CI size).
import sys, threading
N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000

class Shared:
    kind = "class attribute"
    def __init__(self):
        self.count = 0
        self.items = []

obj = Shared()
counter = 0
missing = [0]

def make_closure():
    hits = 0
    box = []
    def bump(k):
        nonlocal hits, box
        hits += 1
        box = box[-3:] + [k]
        return hits
    def read():
        return hits, len(box)
    return bump, read

bump, read = make_closure()

def attributes(k):
    global counter
    for i in range(N):
        obj.count += 1
        obj.items = obj.items[-5:] + [i]
        setattr(obj, "a%d" % (i % 8), k)
        try:
            delattr(obj, "a%d" % ((i + k) % 8))
        except AttributeError:
            missing[0] += 1
        try:
            obj.a3
        except AttributeError:
            missing[0] += 1
        Shared.kind = k
        if i % 64 == 0:
            Shared.extra = i
            try:
                del Shared.extra
            except AttributeError:
                missing[0] += 1
        obj.__dict__.get("a1")
        counter += 1

def cells(k):
    for i in range(N):
        bump(k)
        read()
        f = (lambda j: lambda: j + k)(i)
        f()

threads = []
for k in range(4):
    threads.append(threading.Thread(target=attributes, args=(k,)))
    threads.append(threading.Thread(target=cells, args=(k,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
hits, boxed = read()
print("done", 0 < obj.count <= 4 * N, 0 < counter <= 4 * N, 0 < hits <= 4 * N, boxed <= 4)
