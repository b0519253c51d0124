import threading

lock = threading.RLock()
log = None

def record(msg):
    global log
    with lock:
        with lock:
            log = msg

ts = [threading.Thread(target=record, args=(f"t{i}",)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log is not None)
