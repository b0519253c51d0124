import threading

jobs = [1, 2, 3]


def consume():
    while len(jobs) > 0:
        jobs.pop()


def report():
    return len(jobs)


threads = [threading.Thread(target=consume), threading.Thread(target=report)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(jobs)
