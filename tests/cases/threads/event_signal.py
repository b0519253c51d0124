# An Event lets one thread wait until another signals: the waiter prints
# only after the main thread has set the event.
import threading

ready = threading.Event()
started = threading.Event()
log = []


def waiter():
    log.append("waiter waiting")
    started.set()
    ready.wait()
    log.append("waiter released")


t = threading.Thread(target=waiter)
t.start()
started.wait()
log.append("main setting event")
ready.set()
t.join()
print(log)
print("is_set:", ready.is_set(), "wait returns:", ready.wait(0.01))
ready.clear()
print("after clear:", ready.is_set(), "timed wait:", ready.wait(0.01))
