# Threads create garbage cycles (and call gc.collect) at once; live objects stay intact and the cycles are freed
import gc
import threading
import weakref


class Node:
    pass


refs = []
refs_lock = threading.Lock()
totals = []


def work(k):
    mine = []
    kept = Node()
    kept.items = []
    for i in range(3000):
        a = Node()
        b = Node()
        a.b = b
        b.a = [a, kept]
        kept.items.append(i)
        if i % 500 == 0:
            mine.append(weakref.ref(a))
            gc.collect()
        d = {"self": None}
        d["self"] = d
    with refs_lock:
        refs.extend(mine)
        totals.append((k, len(kept.items), sum(kept.items)))


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print(sorted(totals))
print(len(refs), [r() for r in refs if r() is not None])
