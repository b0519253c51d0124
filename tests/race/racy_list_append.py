import threading

results = []


def worker(n):
    for i in range(n):
        results.append(i)


threads = [threading.Thread(target=worker, args=(3,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results))
