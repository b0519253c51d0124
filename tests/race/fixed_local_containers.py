import threading

# Each thread builds and drops its own lists, dicts and sets: they are never
# shared (a freed container's address may be reused by another thread's).
totals = [0, 0]


def work(slot):
    for i in range(200):
        parts = [i, i + 1]
        parts.append(i + 2)
        index = {"a": parts}
        index["b"] = set(parts)
        totals[slot] = totals[slot] + len(index["a"]) + len(index["b"])


threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals)
