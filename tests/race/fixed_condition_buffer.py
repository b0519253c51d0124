import threading

buffer = []
cond = threading.Condition()
received = []


def produce():
    for i in range(5):
        with cond:
            buffer.append(i)
            cond.notify()


def consume():
    for _ in range(5):
        with cond:
            while not buffer:
                cond.wait()
            received.append(buffer.pop(0))


threads = [threading.Thread(target=consume), threading.Thread(target=produce)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(received)
