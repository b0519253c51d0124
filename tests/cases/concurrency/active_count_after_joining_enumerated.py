# Joining every thread threading.enumerate() lists leaves active_count() at
# 1: a thread that has already left the registry on its way out is neither
# listed nor counted (minipy counted it while its OS thread was still
# ending, so the count disagreed with the list now and then).
import threading


def work():
    pass


counts = set()
for round in range(300):
    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threading.enumerate():
        if t is not threading.main_thread():
            t.join()
    counts.add(threading.active_count())
    for t in threads:
        t.join()
print(sorted(counts))
