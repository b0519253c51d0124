# Future, wait(), as_completed() and the Executor base class.
#
# A Future made by an executor belongs to that executor's worker pool:
# waiting for it pumps the pool's result queue (see _minipy_pool), which is
# also when done-callbacks run. A Future made by hand is completed by
# set_result()/set_exception() and waited for by polling.

import time as _time
import _minipy_thread as _t

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"

# How long a wait on futures of several pools (or made by hand) sleeps
# between looks.
_POLL = 0.002

TimeoutError = TimeoutError


class Error(Exception):
    pass


class CancelledError(Error):
    pass


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


_completions = 0
_HAND_MADE_LOCK = _t.lock_new()


class Future:
    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []
        self._pool = None
        self._task = None
        self._order = 0

    def __repr__(self):
        state = self._state
        if state == _PENDING and self._is_claimed():
            state = _RUNNING
        if state == _CANCELLED_AND_NOTIFIED:
            state = _CANCELLED
        text = "<Future at 0x" + format(id(self), "x") + " state=" + state.lower()
        if self._state == _FINISHED:
            failure = self._exception
            if failure is None:
                text += " returned " + type(self._result).__name__
            else:
                text += " raised " + type(failure).__name__
        return text + ">"

    def _is_claimed(self):
        return self._task is not None and self._pool.is_running(self._task)

    # Called under the outcome lock: by the pool (under its state lock) when
    # the task ends, which calls _notify once it holds none of its locks,
    # and by set_result/set_exception through _settle_then_notify. False if
    # an outcome was written already.
    def _deliver(self, ok, value):
        if self._state != _PENDING and self._state != _RUNNING:
            return False
        if ok:
            self._result = value
        else:
            self._exception = value
        self._settle(_FINISHED)
        return True

    def _cancel_pending(self):
        # Under the outcome lock: only a future that has not started (or
        # finished) can be cancelled.
        if self._state != _PENDING:
            return False
        self._settle(_CANCELLED)
        return True

    def _notify(self):
        callbacks = self._done_callbacks
        self._done_callbacks = []
        for fn in callbacks:
            _call_callback(fn, self)

    def _settle(self, state):
        global _completions
        _completions += 1
        self._order = _completions
        self._state = state

    def _outcome_lock(self):
        # The lock an outcome is written under, and add_done_callback's
        # check and append: the pool's state lock, or for a future made by
        # hand one lock shared by all of them (held only for a few writes).
        return _HAND_MADE_LOCK if self._pool is None else self._pool.state_lock

    def _settle_then_notify(self, settle, *args):
        # Run settle (_deliver or _cancel_pending) under the outcome lock;
        # if it settled the future, call the callbacks once the lock is
        # released, as CPython calls them outside the future's condition.
        # No callback can be added after the settle: add_done_callback
        # checks the state under the same lock.
        lock = self._outcome_lock()
        _t.lock_acquire(lock, True, -1)
        try:
            settled = settle(*args)
        finally:
            _t.lock_release(lock)
        if settled:
            self._notify()
        return settled

    def cancel(self):
        if self._state == _FINISHED or self._state == _RUNNING:
            return False
        if self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED:
            return True
        if self._task is not None and not self._pool.cancel(self._task):
            # Started, or another thread's cancel() won the task first.
            return self.cancelled()
        # False only if another thread finished it in between (a future
        # made by hand): cancelled() then answers which way it went.
        return self._settle_then_notify(self._cancel_pending) or self.cancelled()

    def cancelled(self):
        return self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED

    def running(self):
        if self._state == _RUNNING:
            return True
        if self._state == _PENDING:
            self._poll()
            return self._state == _PENDING and self._is_claimed()
        return False

    def done(self):
        if self._state == _PENDING or self._state == _RUNNING:
            self._poll()
        return self._state != _PENDING and self._state != _RUNNING

    def _poll(self):
        if self._pool is not None:
            self._pool.drain()

    def _wait(self, timeout):
        if self.done():
            return
        deadline = None if timeout is None else _time.monotonic() + timeout
        _wait_until([self], lambda: self._state != _PENDING and self._state != _RUNNING, deadline)

    def result(self, timeout=None):
        self._wait(timeout)
        if self._pool is not None:
            self._pool.sync_point()
        if self.cancelled():
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()
        failure = self._exception
        if failure is None:
            return self._result
        raise failure

    def exception(self, timeout=None):
        self._wait(timeout)
        if self._pool is not None:
            self._pool.sync_point()
        if self.cancelled():
            raise CancelledError()
        if self._state == _FINISHED:
            return self._exception
        raise TimeoutError()

    def add_done_callback(self, fn):
        if not self.done() and self._queue_callback(fn):
            return
        # Too late to queue it: run it now.
        _call_callback(fn, self)

    def _queue_callback(self, fn):
        # True if queued. The pool settles outcomes under its state lock:
        # checking the state under it too means a task that ends between
        # done() and the append still calls fn back (CPython holds the
        # future's condition for the same reason).
        lock = self._outcome_lock()
        _t.lock_acquire(lock, True, -1)
        try:
            if self._state != _PENDING and self._state != _RUNNING:
                return False
            self._done_callbacks += [fn]
            return True
        finally:
            _t.lock_release(lock)

    # For code that makes its own futures (and for tests).
    def set_running_or_notify_cancel(self):
        lock = self._outcome_lock()
        _t.lock_acquire(lock, True, -1)
        try:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
        finally:
            _t.lock_release(lock)
        raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        if not self._settle_then_notify(self._deliver, True, result):
            raise InvalidStateError(self._state + ": " + repr(self))

    def set_exception(self, exception):
        if not self._settle_then_notify(self._deliver, False, exception):
            raise InvalidStateError(self._state + ": " + repr(self))


def _call_callback(fn, future):
    try:
        fn(future)
    except Exception as e:
        import _minipy_mp
        _minipy_mp.stderr_write("exception calling callback for " + repr(future) + "\n"
                                + type(e).__name__ + ": " + str(e) + "\n")


def _is_done(f):
    return f._state != _PENDING and f._state != _RUNNING


def _wait_until(fs, ready, deadline):
    # Pump the pools of `fs` until ready() or the deadline; True if ready.
    pools = []
    for f in fs:
        if f._pool is not None and not _is_done(f) and f._pool not in pools:
            pools.append(f._pool)
    if len(pools) == 1 and all(f._pool is pools[0] or _is_done(f) for f in fs):
        return pools[0].pump(ready, deadline)
    while not ready():
        now = _time.monotonic()
        if deadline is not None and now >= deadline:
            return ready()
        if not pools:
            _time.sleep(_POLL)
        for pool in pools:
            step = now + _POLL
            if deadline is not None and deadline < step:
                step = deadline
            pool.pump(ready, step)
            if ready():
                return True
    return True


class DoneAndNotDoneFutures:
    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

    def __len__(self):
        return 2

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=" + repr(self.done) + ", not_done=" + repr(self.not_done) + ")"


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    deadline = None if timeout is None else _time.monotonic() + timeout
    for f in fs:
        f._poll()

    def ready():
        finished = [f for f in fs if _is_done(f)]
        if finished and return_when == FIRST_COMPLETED:
            return True
        failed = [f for f in finished if not f.cancelled() and f._exception is not None]
        if failed and return_when == FIRST_EXCEPTION:
            return True
        return len(finished) == len(fs)

    _wait_until(list(fs), ready, deadline)
    finished = {f for f in fs if _is_done(f)}
    return DoneAndNotDoneFutures(finished, fs - finished)


def as_completed(fs, timeout=None):
    deadline = None if timeout is None else _time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    for f in fs:
        f._poll()
    pending = set(fs)
    while pending:
        finished = [f for f in pending if _is_done(f)]
        if not finished:
            _wait_until(list(pending), lambda: any(_is_done(f) for f in pending), deadline)
            finished = [f for f in pending if _is_done(f)]
            if not finished:
                raise TimeoutError(str(len(pending)) + " (of " + str(total) + ") futures unfinished")
        finished.sort(key=lambda f: f._order)
        for f in finished:
            pending.discard(f)
            yield f


def _take_result(fut, timeout=None):
    # Whatever happens (a timeout, an error), the future is cancelled so its work is not wasted on.
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


def _deadline(timeout):
    return None if timeout is None else _time.monotonic() + timeout


def _in_order(futures, deadline):
    """A generator of the futures' results in list order, each waited for until the shared deadline."""
    pending = futures[::-1]

    def results():
        try:
            while pending:
                nxt = pending.pop()
                if deadline is None:
                    yield _take_result(nxt)
                else:
                    yield _take_result(nxt, deadline - _time.monotonic())
        finally:
            # Abandoned early: the futures not yet reached are cancelled.
            for left in pending:
                left.cancel()

    return results()


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = _deadline(timeout)
        # Everything is submitted now; results are then handed out in submission order.
        return _in_order([self.submit(fn, *call_args) for call_args in zip(*iterables)], deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _PoolExecutor(Executor):
    """What both executors do with their `_minipy_pool.WorkerPool`: submit
    a call, shut the workers down, and shut down at interpreter exit.
    Subclasses set `_broken`, the BrokenExecutor subclass they raise."""

    _broken = BrokenExecutor

    def _exit_hook(self):
        self.shutdown(wait=True)

    def submit(self, fn, /, *args, **kwargs):
        if self._pool.broken is not None:
            raise self._broken(self._pool.broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        f._pool = self._pool
        f._task = self._pool.submit(f, fn, args, kwargs)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for task in list(self._pool.pending.values()):
                task.sink.cancel()
        self._pool.stop_workers(wait)
