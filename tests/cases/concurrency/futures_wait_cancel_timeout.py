# Future.cancel, result(timeout) raising TimeoutError, wait() with
# FIRST_COMPLETED / FIRST_EXCEPTION / timeouts, map(timeout=),
# as_completed(timeout=) and shutdown(cancel_futures=True). Sleeps are far
# apart so the outcome does not depend on timing.
import time
from concurrent.futures import (ThreadPoolExecutor, ProcessPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError)
import concurrent.futures


def nap(seconds, value=None):
    time.sleep(seconds)
    return value


def explode(seconds):
    time.sleep(seconds)
    raise RuntimeError("exploded after " + str(seconds))


def check(executor_class):
    print("--", executor_class.__name__)
    with executor_class(max_workers=1) as ex:
        slow = ex.submit(nap, 0.3, "slow")
        queued = ex.submit(nap, 0.0, "queued")
        if executor_class is ThreadPoolExecutor:
            print("cancel queued:", queued.cancel(), queued.cancelled(), queued.done())
            try:
                queued.result()
            except CancelledError:
                print("CancelledError from result()")
        else:
            # CPython's process pool moves one task ahead into its call
            # queue (and marks it running) when its manager thread gets
            # there first: whether cancel() wins depends on timing, in
            # CPython too. Either way the future's state agrees with it.
            cancelled = queued.cancel()
            try:
                outcome = queued.result()
            except CancelledError:
                outcome = None
            print("cancel queued agrees:", (outcome is None) == cancelled == queued.cancelled())
        try:
            slow.result(timeout=0.01)
            timed_out = False
        except concurrent.futures.TimeoutError:
            timed_out = True
        if executor_class is ThreadPoolExecutor:
            if timed_out:
                print("TimeoutError while still running")
        else:
            # A queued call that could not be cancelled was waited for
            # above, after slow, so slow had finished by now: the timeout
            # happens exactly when the cancel won its race.
            print("timeout agrees with the cancel:", timed_out == cancelled)
        print("slow:", slow.result(), "cancel after done:", slow.cancel())
        quick = ex.submit(nap, 0.0, "quick")
        later = ex.submit(nap, 0.5, "later")
        done, not_done = wait([quick, later], return_when=FIRST_COMPLETED)
        print("first completed:", sorted(f.result() for f in done), len(not_done))
        print("later:", later.result())
        bad = ex.submit(explode, 0.0)
        tail = ex.submit(nap, 0.4, "tail")
        done, not_done = wait([bad, tail], return_when=FIRST_EXCEPTION)
        print("first exception:", [type(f.exception()).__name__ for f in done], len(not_done))
        done, not_done = wait([tail], timeout=0.01)
        print("wait timeout:", len(done), len(not_done))
        done, not_done = wait([tail], return_when=ALL_COMPLETED)
        print("all completed:", len(done), len(not_done))
        it = ex.map(nap, [0.4, 0.0], ["a", "b"], timeout=0.05)
        try:
            print(list(it))
        except TimeoutError:
            print("map timed out")
        pending = [ex.submit(nap, 0.4)]
        try:
            for f in as_completed(pending, timeout=0.05):
                print("unexpected", f)
        except TimeoutError as e:
            print("as_completed:", e)
        pending[0].result()
    ex = executor_class(max_workers=1)
    first = ex.submit(nap, 0.2, "first")
    rest = [ex.submit(nap, 0.0, i) for i in range(5)]
    time.sleep(0.05)
    ex.shutdown(wait=True, cancel_futures=True)
    # (CPython's process pool has already handed the first queued calls to a
    # worker, so only the later ones are sure to be cancelled.)
    print("after cancel_futures:", first.result(), [f.cancelled() for f in rest[2:]])
    try:
        ex.submit(nap, 0)
    except RuntimeError as e:
        print("RuntimeError:", e)


if __name__ == "__main__":
    check(ThreadPoolExecutor)
    check(ProcessPoolExecutor)
    try:
        ThreadPoolExecutor(max_workers=0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        ProcessPoolExecutor(max_workers=-1)
    except ValueError as e:
        print("ValueError:", e)
    with ProcessPoolExecutor(1) as ex:
        try:
            ex.map(nap, [1], chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
