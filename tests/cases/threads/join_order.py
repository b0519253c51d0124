# Threads started together finish in any order, but join() makes the main
# thread wait for each; results collected in a dict print deterministically.
import threading

results = {}


def work(n):
    total = 0
    for i in range(n * 1000):
        total += i
    results[n] = total


threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(n, results[n])
print("all alive after join:", any(t.is_alive() for t in threads))
