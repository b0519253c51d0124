# Threads hashing big buffers at once (each update() of 1 MiB drops the GIL
# while it hashes): every thread's digest is right, and one hash object
# shared by threads (each update under a lock, in a fixed order) too.
import hashlib
import threading

DATA = bytes(range(256)) * 4096
results = {}


def work(n):
    h = hashlib.sha256(str(n).encode())
    for _ in range(5):
        h.update(DATA)
    results[n] = h.hexdigest()


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    expected = hashlib.sha256(str(n).encode() + DATA * 5).hexdigest()
    print(n, results[n], results[n] == expected)

shared = hashlib.md5()
turn = threading.Condition()
state = {"next": 0}


def feed(k):
    for step in range(3):
        with turn:
            while state["next"] % 2 != k:
                turn.wait()
            shared.update(DATA[: 1000 * (state["next"] + 1)] * 3)
            state["next"] += 1
            turn.notify_all()


feeders = [threading.Thread(target=feed, args=(k,)) for k in range(2)]
for t in feeders:
    t.start()
for t in feeders:
    t.join()
print(state["next"], shared.hexdigest())
