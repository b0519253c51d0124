# minipy's worker pools: the machinery under concurrent.futures'
# ThreadPoolExecutor and ProcessPoolExecutor and multiprocessing.Pool.
#
# Workers (threads, or isolated interpreters for processes and for threads
# in process mode) take tasks from one kernel queue and put results on
# another. A thread "pumps" the result queue to complete the matching
# tasks, under a lock (pump_lock) so that one thread pumps at a time; which
# thread that is depends on the mode (see below).
#
# Callbacks run after the pump lock is released, never under it: a
# callback is user code, and it may take a lock that a thread waiting for
# a result holds (CPython runs them outside the future's lock too). The
# outcome itself is written under a second, short-held lock (state_lock)
# that result() takes once, so whoever reads it sees the completer's
# writes.
#
# Callbacks must fire when a task ends, not when someone next waits, so
# results are also completed without a waiter: a thread worker sharing the
# parent's heap completes its own task after reporting it, and a pool of
# isolated workers in a mode whose threads share the heap has a result
# handler thread (CPython's Pool and ProcessPoolExecutor have one too); the
# waiters then only sleep until the worker or the handler wakes them. In
# process mode neither is possible, and waiters complete tasks themselves.
#
# A task travels as (id, claim, kind, fn, args, kwargs). `claim` is a
# kernel lock: the worker that starts the task and a cancel() race to take
# it, so a task is either run or cancelled, never both. A function defined
# at the top of the main program is sent by name to workers that hold a
# copy of the main program's globals (taken when the worker started, as a
# forked child has), so what an initializer stores in a global is seen by
# the tasks that run after it in the same worker.

import _minipy_thread as _t
import _minipy_mp as _mp
import time as _time

_CALL = 0
_CHUNK = 1
_BY_NAME = 0
_BY_VALUE = 1

# How often a wait with no deadline looks whether the workers are alive.
_LIVENESS_CHECK = 0.2

_OK = 1
_ERROR = 2
_INIT_FAILED = 3
_ERROR_IN_WORKER = 4


def _worker_loop(calls, results, initializer, initargs, main_g, max_tasks, complete=None, remote_tb=False):
    if main_g is not None:
        _mp.adopt_main(main_g)
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as e:
            _report_exception("Exception in initializer:", e)
            _t.queue_put(results, (-1, _INIT_FAILED, None), True, None)
            if complete is not None:
                complete()
            return
    done = 0
    while True:
        task = _t.queue_get(calls, True, None)
        if task is None:
            return
        tid, claim, kind, how, fn, args, kwargs = task
        if not _t.lock_acquire(claim, False, None):
            continue
        try:
            if how == _BY_NAME:
                name = fn
                fn = main_g.get(name)
                if fn is None:
                    # Defined after this worker started (as under fork).
                    raise AttributeError("Can't get attribute '" + name + "' on <module '__main__'>")
            if kind == _CHUNK:
                value = [fn(*a) for a in args]
            else:
                value = fn(*args, **kwargs)
            reply = (tid, _OK, value)
        except BaseException as e:
            # A process worker's traceback does not travel with the copied
            # exception: send its text, which the parent attaches as the
            # exception's cause (CPython's RemoteTraceback).
            reply = (tid, _ERROR_IN_WORKER, (e, _traceback_text(e))) if remote_tb else (tid, _ERROR, e)
        try:
            _t.queue_put(results, reply, True, None)
        except BaseException as e:
            _t.queue_put(results, (tid, _ERROR, e), True, None)
        if complete is not None:
            complete()
        done += 1
        if max_tasks is not None and done >= max_tasks:
            _t.queue_put(results, (-1, 0, None), True, None)
            return


def _traceback_text(e):
    import traceback
    return '\n"""\n' + "".join(traceback.format_exception(type(e), e, e.__traceback__)) + '"""'


def _report_exception(header, e):
    _mp.stderr_write(header + "\n" + type(e).__name__ + ": " + str(e) + "\n")


class Task:
    # One submitted call; `sink` is told the outcome.
    def __init__(self, tid, claim, sink):
        self.tid = tid
        self.claim = claim
        self.sink = sink


class WorkerPool:
    # `start(target, args, index)` starts one worker (a threading.Thread or a
    # multiprocessing.Process, so the usual introspection sees it) and
    # returns it; `broken` is the exception class for a pool that lost a
    # worker's initializer.
    # `remote_traceback`, for a pool of processes, is the exception class
    # that carries a worker's traceback text as the cause of its error.
    def __init__(self, max_workers, processes, start, broken, initializer=None, initargs=(), max_tasks=None,
                 remote_traceback=None):
        self.processes = processes
        self.remote_traceback = remote_traceback
        self.isolated = processes or _mp.threads_isolated()
        self.calls = _t.queue_new(0, self.isolated)
        self.results = _t.queue_new(0, self.isolated)
        self.max_workers = max_workers
        self.start = start
        self.broken_class = broken
        self.initializer = initializer
        self.initargs = tuple(initargs)
        self.max_tasks = max_tasks
        self.workers = []
        self.live_workers = 0
        self.pending = {}
        self.next_id = 0
        self.pump_lock = _t.lock_new()
        self.submit_lock = _t.lock_new()
        self.main_g = None
        self.broken = None
        self.closed = False
        self.spawned = 0
        self.handler = None
        self.state_lock = _t.lock_new()
        self.settled = []
        self.handler_stop = False
        self.wakers = []

    # ---- sending tasks ---------------------------------------------------

    def _function_spec(self, fn):
        if self.isolated and self.main_g is not None:
            g = _mp.func_globals(fn)
            if g is self.main_g and hasattr(fn, "__name__") and g.get(fn.__name__) is fn:
                return _BY_NAME, fn.__name__
        return _BY_VALUE, fn

    def _learn_main_globals(self):
        if self.main_g is None and self.isolated:
            self.main_g = _mp.main_globals()

    def submit(self, sink, fn, args, kwargs, kind=_CALL):
        # Where waiters complete tasks (process mode), submitting is a safe
        # point to complete (and call back) the tasks already finished.
        self.drain()
        _t.lock_acquire(self.submit_lock, True, -1)
        try:
            if self.broken is not None:
                raise self.broken_class(self.broken)
            self.next_id += 1
            tid = self.next_id
            claim = _t.lock_new()
            task = Task(tid, claim, sink)
            self._learn_main_globals()
            how, what = self._function_spec(fn)
            self.pending[tid] = task
            _t.queue_put(self.calls, (tid, claim, kind, how, what, args, kwargs), True, None)
            self._adjust_workers()
            return task
        finally:
            _t.lock_release(self.submit_lock)

    def _adjust_workers(self):
        if self.live_workers < self.max_workers and self.live_workers < len(self.pending):
            self.spawn_worker()

    def spawn_worker(self):
        self._learn_main_globals()
        index = self.spawned
        self.spawned += 1
        self.live_workers += 1
        main_g = self.main_g if self.isolated else None
        complete = None if self.isolated else self.complete
        args = (self.calls, self.results, self.initializer, self.initargs, main_g, self.max_tasks, complete,
                self.remote_traceback is not None)
        if self.isolated and self.handler is None and not _mp.threads_isolated():
            self.handler = _t.start_thread(self._handle_results, (), {}, "Thread-result-handler", True)
        self.workers.append(self.start(_worker_loop, args, index))
        if self.closed:
            _t.queue_put(self.calls, None, True, None)

    def fill(self):
        # Start every worker now (multiprocessing.Pool does).
        while self.live_workers < self.max_workers:
            self.spawn_worker()

    def cancel(self, task):
        # True if the task will never run.
        if _t.lock_acquire(task.claim, False, None):
            if task.tid in self.pending:
                del self.pending[task.tid]
            return True
        return False

    def is_running(self, task):
        return _t.lock_locked(task.claim)

    # ---- receiving results -----------------------------------------------

    def _dispatch_ready(self):
        # Another thread (the result handler) may take a message between a
        # size check and a get, so get without waiting until Empty.
        while True:
            try:
                msg = _t.queue_get(self.results, False, None)
            except _t.Empty:
                return
            self._dispatch(msg)

    def sync_point(self):
        # Whoever completed a task wrote its outcome holding state_lock:
        # taking it once orders the completer's writes before the caller's
        # reads (and shows that edge to --race).
        _t.lock_acquire(self.state_lock, True, -1)
        _t.lock_release(self.state_lock)

    def _settle(self, task, ok, value):
        # Under pump_lock: record the outcome; its callbacks wait until
        # the pump lock is released (see _release_pump).
        _t.lock_acquire(self.state_lock, True, -1)
        try:
            task.sink._deliver(ok, value)
        finally:
            _t.lock_release(self.state_lock)
        self.settled.append(task.sink)

    def _release_pump(self):
        # Release pump_lock and return the sinks settled while it was held,
        # whose callbacks the caller runs (with _call_back) once it holds
        # no lock of the pool.
        settled = self.settled
        if not settled:
            # Not the shared list itself: another thread may fill it once
            # the lock is released, while the caller looks at it.
            settled = ()
        else:
            self.settled = []
        _t.lock_release(self.pump_lock)
        return settled

    def _call_back(self, settled):
        # Every callback runs even if one raises; the first error goes on.
        error = None
        for sink in settled:
            try:
                sink._notify()
            except BaseException as e:
                if error is None:
                    error = e
        if error is not None:
            raise error

    def _dispatch(self, msg):
        if msg is None:
            # The handler's wake-up at shutdown: nothing to complete.
            return
        tid, status, value = msg
        if tid == -1:
            self.live_workers -= 1
            if status == _INIT_FAILED:
                self._break("A child process terminated abruptly, the process pool is not usable anymore"
                            if self.processes else "A thread initializer failed, the thread pool is not usable anymore")
            else:
                self._adjust_workers()
            return
        task = self.pending.pop(tid, None)
        if task is None:
            return
        if status == _OK:
            self._settle(task, True, value)
        elif status == _ERROR_IN_WORKER:
            error, text = value
            error.__cause__ = self.remote_traceback(text)
            self._settle(task, False, error)
        else:
            self._settle(task, False, value)

    def _break(self, message):
        self.broken = message
        pending = list(self.pending.values())
        self.pending = {}
        for task in pending:
            self._settle(task, False, self.broken_class(message))

    def _check_workers(self):
        # Every worker gone while tasks are pending (a worker could not
        # start, or was killed): nothing will ever complete them.
        if self.pending and self.workers and not any(w.is_alive() for w in self.workers):
            self._break("A process in the process pool was terminated abruptly while the future was running "
                        "or pending." if self.processes else "A worker thread stopped while tasks were pending.")

    def _waiters_complete(self):
        # True where no thread sharing the parent's heap completes tasks
        # (a pool of isolated workers in process mode), so whoever waits
        # for a result must. Elsewhere a waiter only waits: completing a
        # task would run its callbacks in the waiter's thread, which may
        # hold a lock that a callback takes.
        return self.isolated and (self.handler is None or self.handler_stop)

    def pump(self, ready, deadline):
        # Complete tasks until ready() is true or the deadline (a
        # time.monotonic() value, or None) passes. Returns ready().
        if not self._waiters_complete():
            return self._await(ready, deadline)
        while not ready():
            if deadline is None:
                wait = _LIVENESS_CHECK
            else:
                wait = deadline - _time.monotonic()
                if wait <= 0:
                    return ready()
            if not _t.lock_acquire(self.pump_lock, True, wait):
                continue
            try:
                if ready():
                    return True
                if deadline is not None:
                    wait = min(deadline - _time.monotonic(), _LIVENESS_CHECK)
                    if wait < 0:
                        wait = 0
                try:
                    msg = _t.queue_get(self.results, True, wait)
                except _t.Empty:
                    self._check_workers()
                    continue
                self._dispatch(msg)
                self._dispatch_ready()
            finally:
                settled = self._release_pump()
                self._call_back(settled)
        return True

    def _await(self, ready, deadline):
        # The workers or the result handler complete tasks; sleep until
        # one has been completed.
        ev = _t.event_new()
        self.wakers.append(ev)
        try:
            while True:
                _t.event_clear(ev)
                if ready():
                    return True
                wait = _LIVENESS_CHECK
                if deadline is not None:
                    wait = min(wait, deadline - _time.monotonic())
                    if wait <= 0:
                        return ready()
                if not _t.event_wait(ev, wait) and not self.isolated:
                    # Thread workers have no handler to notice that they
                    # are all gone.
                    _t.lock_acquire(self.pump_lock, True, -1)
                    try:
                        self._check_workers()
                    finally:
                        settled = self._release_pump()
                    self._call_back(settled)
        finally:
            self.wakers.remove(ev)

    def _wake_waiters(self):
        for ev in list(self.wakers):
            _t.event_set(ev)

    def _handle_results(self):
        while not self.handler_stop:
            try:
                msg = _t.queue_get(self.results, True, _LIVENESS_CHECK)
            except _t.Empty:
                msg = None
            if self.handler_stop:
                break
            _t.lock_acquire(self.pump_lock, True, -1)
            try:
                if msg is None:
                    self._check_workers()
                else:
                    self._dispatch(msg)
                    self._dispatch_ready()
            except BaseException as e:
                _report_exception("Exception in result handler:", e)
            finally:
                settled = self._release_pump()
            # Callbacks before waking the waiters, as CPython's Pool does:
            # get() returns after the callback has run.
            try:
                self._call_back(settled)
            except BaseException as e:
                _report_exception("Exception in result handler:", e)
            self._wake_waiters()

    def complete(self):
        # A thread worker completes what it has just reported, wakes the
        # waiters and runs the callbacks, in that order (as CPython's
        # set_result() does), then wakes them again: a multiprocessing
        # result is ready only once its callback has run (CPython's
        # ApplyResult._set calls it before setting the event).
        _t.lock_acquire(self.pump_lock, True, -1)
        try:
            self._dispatch_ready()
        finally:
            settled = self._release_pump()
        self._wake_waiters()
        try:
            self._call_back(settled)
        finally:
            if settled:
                self._wake_waiters()

    def drain(self):
        # Complete every task already finished, without waiting.
        if not self._waiters_complete():
            return
        if not _t.lock_acquire(self.pump_lock, False, None):
            return
        try:
            self._dispatch_ready()
        finally:
            settled = self._release_pump()
        self._call_back(settled)

    # ---- stopping --------------------------------------------------------

    def stop_workers(self, wait):
        # Each worker leaves after the tasks queued before its sentinel.
        if not self.closed:
            self.closed = True
            for _ in range(len(self.workers)):
                _t.queue_put(self.calls, None, True, None)
        if wait:
            self.pump(lambda: not self.pending, None)
            for w in self.workers:
                w.join()
            self._stop_handler()

    def _stop_handler(self):
        # Wake the handler and wait for it, so that the pool leaves no
        # thread behind (threading.active_count() is back where it was).
        self.handler_stop = True
        if self.handler is not None and _t.ident(self.handler) != _t.get_ident():
            _t.queue_put(self.results, None, True, None)
            _t.join(self.handler, None)
            self.handler = None

    def terminate(self):
        # Tasks that already finished are completed (and call back) first.
        # Threads cannot be killed: drop the tasks no worker has started and
        # tell each thread to leave after its current one.
        self.drain()
        if any(not hasattr(w, "terminate") for w in self.workers):
            while _t.queue_qsize(self.calls) > 0:
                _t.queue_get(self.calls, False, None)
            for _ in range(len(self.workers)):
                _t.queue_put(self.calls, None, True, None)
        for w in self.workers:
            if hasattr(w, "terminate"):
                w.terminate()
        for w in self.workers:
            w.join()
        self.closed = True
        self._stop_handler()
