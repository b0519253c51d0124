# Hammer: many threads mutate one shared list, dict and set without a lock,
# and iterate them while others change them. The contents are racy by
# design; every operation must either work or raise the Python error
# CPython raises (RuntimeError for a dict or set changed during iteration,
# ValueError/IndexError/KeyError when an item vanished), never crash.
# `python hammer.py N` scales the work (default: CI size).
import sys, threading
N = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
L = list(range(10))
D = {i: i for i in range(10)}
S = set(range(10))
errors = {}

def note(e):
    name = type(e).__name__
    errors[name] = errors.get(name, 0) + 1

def lists(k):
    for i in range(N):
        try:
            L.append(i)
            L.insert(i % 5, k)
            L.pop()
            L.pop(0)
            L.remove(k)
        except (ValueError, IndexError) as e:
            note(e)
        if i % 50 == 0:
            try:
                L.sort(key=lambda x: x if isinstance(x, int) else 0)
            except ValueError as e:  # "list modified during sort"
                note(e)
            L.reverse()
            del L[20:]
        try:
            L[i % 7] = L[-1]
            L.index(i)
        except (ValueError, IndexError) as e:
            note(e)
        total = 0
        for x in L:
            total += x
        L.extend(L[:3])
        len(L[::2])

def dicts(k):
    for i in range(N):
        D[i % 40] = k
        D.setdefault(i % 13, i)
        try:
            del D[(i * 7) % 40]
        except KeyError as e:
            note(e)
        D.pop(i % 17, None)
        D.update({k: i, -i: k})
        D.pop(-i, None)
        try:
            for key in D:
                D.get(key)
        except RuntimeError as e:
            note(e)
        try:
            list(D.items())
        except RuntimeError as e:
            note(e)
        if i % 100 == 0:
            D.clear()
        try:
            D.popitem()
        except KeyError as e:
            note(e)

def sets(k):
    for i in range(N):
        S.add(i % 50)
        S.discard((i * 3) % 50)
        S.update(range(k, k + 3))
        try:
            S.remove(i % 50)
        except KeyError as e:
            note(e)
        try:
            for x in S:
                pass
        except RuntimeError as e:
            note(e)
        try:
            S & {1, 2, 3}
            sorted(S)
        except RuntimeError as e:
            note(e)
        if i % 100 == 0:
            S.clear()
        try:
            S.pop()
        except KeyError as e:
            note(e)

threads = []
for k in range(3):
    for f in (lists, dicts, sets):
        threads.append(threading.Thread(target=f, args=(k,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done", isinstance(L, list), isinstance(D, dict), isinstance(S, set))
