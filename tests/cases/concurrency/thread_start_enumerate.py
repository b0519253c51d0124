# Thread.start() returns once the thread runs: the thread is in
# threading.enumerate() and counted by active_count() right away, and
# inside it current_thread() is that Thread (its name), in every mode.
import threading

ready = threading.Event()
names = []


def worker(go):
    names.append(threading.current_thread().name)
    go.wait()


go = threading.Event()
threads = []
for i in range(3):
    t = threading.Thread(target=worker, args=(go,), name="worker-%d" % i)
    t.start()
    threads.append(t)
    print(t.name, t in threading.enumerate(), threading.active_count(), t.is_alive())
go.set()
for t in threading.enumerate():
    if t is not threading.main_thread():
        t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])


def show():
    print("inside:", threading.current_thread().name)


t = threading.Thread(target=show, name="named")
t.start()
t.join()
