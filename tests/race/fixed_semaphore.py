import threading

sem = threading.Semaphore(1)
total = 0

def add():
    global total
    for _ in range(50):
        sem.acquire()
        total += 1
        sem.release()

ts = [threading.Thread(target=add) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
