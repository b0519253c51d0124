# Every done-callback runs exactly once, however fast the task ends: one
# added while its task is being completed must be neither lost (the
# state was checked, then the task ended, then the callback was queued
# onto a list already run) nor run twice (two completing threads shared
# the list of futures to call back). The old build lost some, counted
# some twice, or hung, in free-threaded mode.
from concurrent.futures import ThreadPoolExecutor
import threading
count = [0]
lock = threading.Lock()
def cb(f):
    with lock:
        count[0] += 1
def noop(x):
    return x
with ThreadPoolExecutor(4) as ex:
    for i in range(3000):
        ex.submit(noop, i).add_done_callback(cb)
print(count[0])
