import threading

cond = threading.Condition()
items = None

def producer():
    global items
    with cond:
        items = "data"
        cond.notify()

def consumer():
    with cond:
        while items is None:
            cond.wait()
        print(items)

ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
