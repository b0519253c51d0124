import threading

counter = 0

def add():
    global counter
    counter += 1

def worker():
    for _ in range(100):
        add()

ts = [threading.Thread(target=worker) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
