# Thread names and current_thread(): the main thread is MainThread, named
# threads report their own name from inside.
import threading

print(threading.current_thread().name)
seen = {}


def record():
    me = threading.current_thread()
    seen[me.name] = me is not threading.main_thread()


threads = [threading.Thread(target=record, name=f"worker-{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen.items()))
print([t.name for t in threads], threading.main_thread().name)
