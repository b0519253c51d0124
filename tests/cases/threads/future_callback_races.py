# Done-callbacks run exactly once when another thread settles the future
# at the same moment: set_result() on hand-made futures while a second
# thread adds callbacks, two threads racing set_result() on one future
# (one wins, the other gets InvalidStateError), and cancel() of queued
# pool tasks while a second thread adds callbacks.
import threading
from concurrent.futures import Future, InvalidStateError, ThreadPoolExecutor

N = 2000


def count_calls():
    lock = threading.Lock()
    calls = [0]

    def callback(f):
        with lock:
            calls[0] += 1

    return calls, callback


# 1. set_result in one thread, add_done_callback in another.
calls, callback = count_calls()
futures = [Future() for _ in range(N)]
setter = threading.Thread(target=lambda: [f.set_result(i) for i, f in enumerate(futures)])
adder = threading.Thread(target=lambda: [f.add_done_callback(callback) for f in futures])
setter.start()
adder.start()
setter.join()
adder.join()
print("set_result vs add_done_callback:", calls[0], "callbacks for", N, "futures")
print("results:", sum(f.result() for f in futures) == N * (N - 1) // 2)

# 2. Two threads race set_result on the same futures.
calls, callback = count_calls()
futures = [Future() for _ in range(N)]
for f in futures:
    f.add_done_callback(callback)
refused = [0, 0]


def settle(who):
    for f in futures:
        try:
            f.set_result(who)
        except InvalidStateError:
            refused[who] += 1


racers = [threading.Thread(target=settle, args=(who,)) for who in (0, 1)]
for t in racers:
    t.start()
for t in racers:
    t.join()
print("set_result races:", calls[0], "callbacks,", sum(refused), "refused")
winners = sorted(set(f.result() for f in futures))
print("every future settled once:", all(w in (0, 1) for w in winners))

# 3. cancel() of queued tasks while another thread adds callbacks.
calls, callback = count_calls()
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as pool:
    blocker = pool.submit(gate.wait)
    queued = [pool.submit(pow, 2, i) for i in range(500)]
    canceller = threading.Thread(target=lambda: [f.cancel() for f in queued])
    adder = threading.Thread(target=lambda: [f.add_done_callback(callback) for f in queued])
    canceller.start()
    adder.start()
    canceller.join()
    adder.join()
    gate.set()
print("cancel vs add_done_callback:", calls[0], "callbacks for", len(queued), "futures")
print("all cancelled:", all(f.cancelled() for f in queued), "| cancel() again:", queued[0].cancel())
