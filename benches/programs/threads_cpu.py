# Benchmark: two CPU-bound threads. Under a GIL this takes as long as doing
# the work twice on one thread; free-threaded it can take about half.
import threading


def work(n, out, slot):
    total = 0
    for i in range(n):
        total += i % 7
    out[slot] = total


results = [0, 0]
threads = [threading.Thread(target=work, args=(1500000, results, k)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
