# Deeply nested containers: comparison and repr raise RecursionError with CPython's messages instead of
# overflowing the native stack; hashing nested tuples and dropping a deep list still work; in a thread too.
import threading

DEPTH = 5000


def nest_lists(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nest_tuples(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t


def nest_dicts(n):
    d = {}
    for _ in range(n):
        d = {"k": d}
    return d


def attempt(where, what, f):
    try:
        print(where, what, f())
    except RecursionError as e:
        print(where, what, "RecursionError:", e)


def run_all(where):
    a, b = nest_lists(DEPTH), nest_lists(DEPTH)
    attempt(where, "list ==", lambda: a == b)
    attempt(where, "list <", lambda: a < b)
    attempt(where, "list !=", lambda: a != b)
    attempt(where, "list in", lambda: a in [b])
    s, t = nest_tuples(DEPTH), nest_tuples(DEPTH)
    attempt(where, "tuple ==", lambda: s == t)
    attempt(where, "tuple >=", lambda: s >= t)
    attempt(where, "tuple hash", lambda: hash(s) == hash(t))
    c, d = nest_dicts(DEPTH), nest_dicts(DEPTH)
    attempt(where, "dict ==", lambda: c == d)
    attempt(where, "repr", lambda: len(repr(a)))
    attempt(where, "str", lambda: len(str(s)))
    attempt(where, "dict repr", lambda: len(repr(c)))
    # Equal up to a shallow depth: the same values, no error.
    attempt(where, "shallow ==", lambda: nest_lists(50) == nest_lists(50))
    attempt(where, "shallow repr", lambda: repr(nest_tuples(3)))
    deep = nest_lists(100000)
    del deep
    print(where, "dropped a deep list")


run_all("main")
worker = threading.Thread(target=run_all, args=("thread",))
worker.start()
worker.join()
