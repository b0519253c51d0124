# Synchronisation between tasks of one loop: Lock, Event, Condition,
# Semaphore, BoundedSemaphore. A task that must wait parks on a Future of
# its own in a FIFO of waiters; whoever releases wakes the first one.

import _minipy_trace
from _collections import deque
from asyncio import events
from asyncio.exceptions import CancelledError

_tracing = _minipy_trace.on


def _park_future(owner, method):
    # The future a waiting task sleeps on; under --trace it says what the
    # task waits for ("Lock.acquire()").
    fut = events.get_running_loop().create_future()
    if _tracing:
        fut._trace_what = type(owner).__name__ + "." + method + "()"
    return fut


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _wake_first(waiters, value=True):
    for fut in waiters:
        if not fut.done():
            fut.set_result(value)
            return True
    return False


class Lock(_ContextManagerMixin):
    def __init__(self):
        self._waiters = deque()
        self._locked = False

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<asyncio.locks.Lock object at 0x" + format(id(self), "x") + " [" + state + "]>"

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = _park_future(self, "acquire")
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                _wake_first(self._waiters)
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        _wake_first(self._waiters)


class Event:
    def __init__(self):
        self._waiters = deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = _park_future(self, "wait")
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = _park_future(self, "wait")
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = deque()

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = _park_future(self, "acquire")
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                # Woken and cancelled in the same turn: pass the wake-up on.
                self._value += 1
                self._wake_up_next()
            raise
        self._value -= 1
        return True

    def _wake_up_next(self):
        _wake_first(self._waiters)

    def release(self):
        self._value += 1
        self._wake_up_next()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        Semaphore.release(self)
