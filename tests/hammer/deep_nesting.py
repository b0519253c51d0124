# Values nested 300,000 deep, in the main thread and in a thread: comparisons and repr raise
# RecursionError, hashing and dropping work; nothing overflows the native stack.
import threading

DEPTH = 300000


def run(where):
    a, b = [], []
    for _ in range(DEPTH):
        a, b = [a], [b]
    for what, f in (("==", lambda: a == b), ("<", lambda: a < b), ("repr", lambda: repr(a))):
        try:
            f()
            print(where, what, "no error")
        except RecursionError:
            print(where, what, "RecursionError")
    t = ()
    for _ in range(DEPTH):
        t = (t,)
    print(where, "hash", hash(t) == hash(t), {t: 1}.get(t))
    del a, b, t
    print(where, "dropped")


run("main")
worker = threading.Thread(target=run, args=("thread",))
worker.start()
worker.join()
