# Passing args and kwargs to a thread target, and getting results back
# through a shared list indexed by the thread's slot.
import threading

results = [None] * 4


def compute(slot, base, exponent=2, label=""):
    results[slot] = f"{label}{base ** exponent}"


threads = [
    threading.Thread(target=compute, args=(0, 3)),
    threading.Thread(target=compute, args=(1, 2), kwargs={"exponent": 10}),
    threading.Thread(target=compute, args=(2, 5), kwargs={"label": "five squared = "}),
    threading.Thread(target=compute, kwargs={"slot": 3, "base": 2, "exponent": 100}),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in results:
    print(r)
