# multiprocessing.Condition: a condition variable that works across
# processes. threading.Condition keeps its waiters in a Python list, which
# each process would have its own copy of; this one keeps all its state in
# kernel semaphores that every process shares (the design of CPython's
# multiprocessing.synchronize.Condition).

import _minipy_mp as _mp


def _sem(value):
    return _mp.sem_new(value, False)


def _take(sem, blocking=True, timeout=None):
    return _mp.sem_acquire(sem, blocking, timeout)


def _give(sem):
    _mp.sem_release(sem, 1)


class Condition:
    def __init__(self, lock=None):
        import multiprocessing
        self._lock = lock if lock is not None else multiprocessing.RLock()
        self._sleeping_count = _sem(0)
        self._woken_count = _sem(0)
        self._wait_semaphore = _sem(0)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def acquire(self, blocking=True, timeout=None):
        if timeout is None:
            timeout = -1
        return self._lock.acquire(blocking, timeout)

    def release(self):
        self._lock.release()

    def _times_held(self):
        count = getattr(self._lock, "_count", None)
        return count if isinstance(count, int) and count > 0 else 1

    def wait(self, timeout=None):
        # Count ourselves as sleeping, let go of the lock entirely, sleep,
        # then say we woke and take the lock back as many times as we had it.
        _give(self._sleeping_count)
        count = self._times_held()
        for _ in range(count):
            self._lock.release()
        try:
            return _take(self._wait_semaphore, True, timeout)
        finally:
            _give(self._woken_count)
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        # Forget sleepers that already woke by timing out.
        while _take(self._woken_count, False):
            _take(self._sleeping_count, False)
        sleepers = 0
        while sleepers < n and _take(self._sleeping_count, False):
            _give(self._wait_semaphore)
            sleepers += 1
        if sleepers:
            for _ in range(sleepers):
                _take(self._woken_count)
            while _take(self._wait_semaphore, False):
                pass

    def notify_all(self):
        self.notify(1 << 62)

    def wait_for(self, predicate, timeout=None):
        import time
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result
