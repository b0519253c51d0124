# The event loop: one thread runs callbacks, timers and tasks in turn.
#
# Each turn runs every callback that is ready, then waits until the next
# timer is due. Timers sit in a heap ordered by time.monotonic(). Work
# handed to an executor (run_in_executor, to_thread) is waited for with
# concurrent.futures.wait(), which is how the executors themselves deliver
# results safely in every mode (in process mode their workers are separate
# interpreters); the loop copies each finished result into the asyncio
# Future that a task awaits. call_soon_threadsafe() hands callbacks over
# under a lock, and a loop with nothing else to do looks for them often.

import _minipy_trace
import heapq
import sys
import threading
import time

# How often an idle loop looks for call_soon_threadsafe() callbacks.
_THREADSAFE_POLL = 0.005

_tracing = _minipy_trace.on
_running_loops = {}
_set_loops = {}


def _context_of(context):
    # A callback runs in a copy of the context it was scheduled in (CPython's
    # Handle). Before any program imported contextvars every context is
    # empty, so there is nothing to copy.
    # `False` (a task's own steps) means: run as is, the task enters its
    # context itself.
    if context is False:
        return None
    if context is None:
        contextvars = sys.modules.get("contextvars")
        if contextvars is not None:
            context = contextvars.copy_context()
    return context


class Handle:
    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        # A task's own steps (context False) run as they are: no call.
        self._context = None if context is False else _context_of(context)

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            if self._context is None:
                self._callback(*self._args)
            else:
                self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({"message": "Exception in callback", "exception": exc})


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        # Handles to run at the next iteration, in order: a list the
        # iteration takes whole (callbacks it schedules go to a new one), as
        # cheap as CPython's deque of ready handles without a deque call per
        # callback.
        self._runnable = []
        self._scheduled = []
        self._sequence = 0
        self._stop_requested = False
        self._closed = False
        self._running = False
        self._executor_waits = []
        self._executor_for_default = None
        self._threadsafe = []
        self._threadsafe_lock = threading.Lock()
        self._threadsafe_used = False
        # Live tasks in creation order; a dict so a finishing task leaves in O(1).
        self._tasks = {}

    def __repr__(self):
        return "<_UnixSelectorEventLoop running=" + str(self._running) + " closed=" + str(self._closed) + " debug=False>"

    # ---- scheduling

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        # The closed check in line: call_soon runs once per task step.
        if self._closed:
            raise RuntimeError("Event loop is closed")
        handle = Handle(callback, args, self, context)
        self._runnable.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = TimerHandle(when, callback, args, self, context)
        self._sequence += 1
        heapq.heappush(self._scheduled, (when, self._sequence, handle))
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = Handle(callback, args, self, context)
        with self._threadsafe_lock:
            self._threadsafe.append(handle)
            self._threadsafe_used = True
        return handle

    def create_future(self):
        from asyncio.futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from asyncio.tasks import Task
        self._check_closed()
        return Task(coro, loop=self, name=name, context=context)

    def call_exception_handler(self, context):
        import sys
        message = context.get("message", "Unhandled exception in event loop")
        exc = context.get("exception")
        text = message
        if exc is not None:
            text += "\n" + type(exc).__name__ + ": " + str(exc)
        print(text, file=sys.stderr)

    # ---- executors

    def set_default_executor(self, executor):
        self._executor_for_default = executor

    def _executor(self, executor):
        if executor is not None:
            return executor
        if self._executor_for_default is None:
            from concurrent.futures import ThreadPoolExecutor
            self._executor_for_default = ThreadPoolExecutor(thread_name_prefix="asyncio")
        return self._executor_for_default

    def _submit(self, executor, func, args, kwargs):
        self._check_closed()
        source = self._executor(executor).submit(func, *args, **kwargs)
        dest = self._wait_for_concurrent(source)
        if _tracing:
            name = getattr(func, "__qualname__", None) or type(func).__name__
            dest._trace_what = "executor: " + name + "() in a worker"
        return dest

    def _wait_for_concurrent(self, source):
        # An asyncio Future that finishes when the concurrent.futures.Future
        # `source` does (run_in_executor, wrap_future).
        dest = self.create_future()
        self._executor_waits.append((source, dest))
        return dest

    def run_in_executor(self, executor, func, *args):
        return self._submit(executor, func, args, {})

    async def shutdown_default_executor(self):
        self._shutdown_default_executor()

    def _shutdown_default_executor(self):
        executor = self._executor_for_default
        self._executor_for_default = None
        if executor is not None:
            executor.shutdown(wait=True)

    async def shutdown_asyncgens(self):
        pass

    # ---- running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stop_requested = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._runnable.clear()
        self._scheduled = []
        executor = self._executor_for_default
        self._executor_for_default = None
        if executor is not None:
            executor.shutdown(wait=False)

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stop_requested:
                    break
        finally:
            self._stop_requested = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        from asyncio.tasks import ensure_future
        self._check_closed()
        future = ensure_future(future, loop=self)

        def stop(f):
            self.stop()

        future.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(stop)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _run_once(self):
        timeout = None
        if self._runnable or self._stop_requested:
            timeout = 0
        elif self._scheduled:
            timeout = max(0, self._scheduled[0][0] - self.time())
        self._wait(timeout)
        now = self.time()
        while self._scheduled and self._scheduled[0][0] <= now:
            handle = heapq.heappop(self._scheduled)[2]
            if not handle._cancelled:
                self._runnable.append(handle)
        ready = self._runnable
        if not ready:
            return
        self._runnable = []
        done = 0
        try:
            for handle in ready:
                done += 1
                if not handle._cancelled:
                    handle._run()
        except BaseException:
            # SystemExit or KeyboardInterrupt out of a callback: the rest of
            # this iteration stays queued, ahead of what it scheduled.
            self._runnable[:0] = ready[done:]
            raise

    def _wait(self, timeout):
        # Block for at most `timeout` seconds (None: until something happens).
        if self._executor_waits:
            self._wait_for_executors(timeout)
        elif timeout is None or timeout > 0:
            self._sleep(timeout)
        self._take_threadsafe()

    def _wait_for_executors(self, timeout):
        import concurrent.futures
        if self._threadsafe_used and (timeout is None or timeout > _THREADSAFE_POLL):
            timeout = _THREADSAFE_POLL
        sources = [pair[0] for pair in self._executor_waits]
        concurrent.futures.wait(sources, timeout=timeout, return_when=concurrent.futures.FIRST_COMPLETED)
        from asyncio.futures import _copy_executor_result
        still = []
        for source, dest in self._executor_waits:
            if source.done():
                _copy_executor_result(source, dest)
            else:
                still.append((source, dest))
        self._executor_waits = still

    def _sleep(self, timeout):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if self._has_threadsafe():
                return
            step = _THREADSAFE_POLL
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return
                if not self._threadsafe_used or left < step:
                    step = left
            time.sleep(step)

    def _has_threadsafe(self):
        with self._threadsafe_lock:
            return len(self._threadsafe) > 0

    def _take_threadsafe(self):
        if not self._threadsafe_used:
            return
        with self._threadsafe_lock:
            handles = self._threadsafe
            self._threadsafe = []
        self._runnable.extend(handles)


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


SelectorEventLoop = _UnixSelectorEventLoop


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(threading.get_ident(), None)
    else:
        _running_loops[threading.get_ident()] = loop


def _get_running_loop():
    return _running_loops.get(threading.get_ident())


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def new_event_loop():
    return _UnixSelectorEventLoop()


def set_event_loop(loop):
    if loop is None:
        _set_loops.pop(threading.get_ident(), None)
    else:
        _set_loops[threading.get_ident()] = loop


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    loop = _set_loops.get(threading.get_ident())
    if loop is None:
        loop = new_event_loop()
        set_event_loop(loop)
    return loop
