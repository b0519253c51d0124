from concurrent.futures import ThreadPoolExecutor

class Stats:
    def __init__(self):
        self.total = 0

stats = Stats()

def work(n):
    stats.total = n * 2
    return n

with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(work, 21)
    fut.result()
    print(stats.total)
