# Condition.wait/notify need the underlying lock held (RuntimeError otherwise),
# for both the default RLock and a plain Lock; wait_for's timeout is a total bound.
import threading
import time

for lock in (None, threading.Lock(), threading.RLock()):
    cv = threading.Condition(lock)
    for name, call in (("notify", cv.notify), ("notify_all", cv.notify_all), ("wait", lambda: cv.wait(0.01))):
        try:
            call()
        except RuntimeError as e:
            print(name, "RuntimeError:", e)
    with cv:
        cv.notify()
        cv.notify_all()
        print("inside:", cv.wait(0.01), cv.wait_for(lambda: 0, 0.01))

cv = threading.Condition()
ticks = []
stop = threading.Event()


def ticker():
    # Wakes the waiter every few ms; wait_for must still give up at its deadline.
    while not stop.is_set():
        time.sleep(0.005)
        with cv:
            ticks.append(1)
            cv.notify_all()


t = threading.Thread(target=ticker)
t.start()
start = time.monotonic()
with cv:
    got = cv.wait_for(lambda: False, timeout=0.1)
elapsed = time.monotonic() - start
stop.set()
t.join()
print("wait_for result:", got, "bounded:", elapsed < 1.0)
