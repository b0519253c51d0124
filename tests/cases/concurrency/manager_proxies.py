# multiprocessing.Manager(): dict, list, Value and Namespace proxies served
# by a manager process and shared by several worker processes; a manager
# Lock keeps the read-modify-write of a Value whole.
from multiprocessing import Manager, Process


def work(shared, log, counter, ns, lock, i):
    shared[i] = i * i
    log.append(i)
    for _ in range(20):
        with lock:
            counter.value += 1
    with lock:
        ns.total = ns.total + i


if __name__ == "__main__":
    with Manager() as m:
        shared = m.dict()
        log = m.list([100])
        counter = m.Value("i", 0)
        ns = m.Namespace(total=0)
        lock = m.Lock()
        workers = [Process(target=work, args=(shared, log, counter, ns, lock, i)) for i in range(4)]
        for p in workers:
            p.start()
        for p in workers:
            p.join()
        print(sorted(shared.items()), sorted(log), counter.value, ns.total)
        print(len(shared), 2 in shared, 9 in shared, shared.get(7, "none"), sorted(shared.keys()))
        print(str(counter), str(m.dict({"k": [1, 2]})), repr(counter).startswith("<ValueProxy object, typeid 'Value' at 0x"))
        print(log[0] in log, len(log), type(log).__name__, type(shared).__name__, type(counter).__name__)
        items = m.list()
        items.extend([3, 1, 2])
        items.sort()
        items += [9]
        print(items, items[:2], items + [5], list(reversed(items)), items.index(2), items.count(9), items.pop())
        d = m.dict({"a": 1})
        d.update(b=2)
        print(sorted(d), d.pop("a"), d.setdefault("c", 3), d.copy(), sorted(d.values()))
        del d["b"]
        print(d)
        print(m.Namespace(a=1, b=2), type(m).__name__)
        try:
            d["missing"]
        except KeyError as e:
            print("KeyError", e)
        try:
            items[10]
        except IndexError as e:
            print("IndexError", e)
        q = m.Queue()
        q.put("hello")
        print(q.get())
