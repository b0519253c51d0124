# Tasks and the functions that combine awaitables.
#
# A Task steps its coroutine with send()/throw(). When the coroutine awaits
# a pending Future, that Future is yielded out to the Task, which goes to
# sleep by adding a done-callback to it; the callback steps the coroutine
# again with the Future's outcome. Cancelling a Task cancels the Future it
# sleeps on, so CancelledError is raised at the coroutine's `await`.

import _minipy_trace
import sys

from asyncio import events
from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio.futures import _PENDING, Future, isfuture

# True under --trace/--stats: each step of a Task is then reported to the
# native recorder. Read once, so a plain run pays one test per step.
_tracing = _minipy_trace.on

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_current_tasks = {}
_task_counter = 0


async def _probe():
    pass


_probe_coroutine = _probe()
_CoroutineType = type(_probe_coroutine)
_probe_coroutine.close()
del _probe_coroutine


def iscoroutine(obj):
    return type(obj) is _CoroutineType


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    if code is None:
        # minipy's functions have no __code__ yet: say so rather than guess.
        raise NotImplementedError("asyncio.iscoroutinefunction() needs function.__code__, which minipy lacks")
    return (code.co_flags & 0x80) != 0


def _format_coroutine(coro):
    """How a task's repr names its coroutine: where it stands, or where it
    was defined once done (as CPython's asyncio does)."""
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
    name = (name or "<" + type(coro).__name__ + " without __name__>") + "()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    if not code:
        return name + " running" if getattr(coro, "cr_running", False) else name
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    filename = code.co_filename or "<empty co_filename>"
    if frame is not None:
        return f"{name} running at {filename}:{frame.f_lineno}"
    return f"{name} done, defined at {filename}:{code.co_firstlineno}"


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got " + repr(coro))
        _task_counter += 1
        self._name = "Task-" + str(_task_counter) if name is None else str(name)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._cancel_requests = 0
        self._context = events._context_of(context)
        self._loop._tasks[self] = None
        if _tracing:
            self._trace_key = _minipy_trace.task_created()
        self._loop.call_soon(self._step, context=False)

    def __repr__(self):
        text = "<Task " + self._state.lower() + " name='" + self._name + "' coro=<" + _format_coroutine(self._coro) + ">"
        if self._state == "FINISHED":
            failed = self._exception is not None
            text += " exception=" + repr(self._exception) if failed else " result=" + repr(self._result)
        return text + ">"

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        self._cancel_requests = max(self._cancel_requests - 1, 0)
        return self._cancel_requests

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_requests += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _finish(self):
        self._loop._tasks.pop(self, None)

    def _step(self, exc=None):
        # The task's steps all run in its one context (a copy of its
        # creator's, made when contextvars is in use).
        if self._context is None and "contextvars" in sys.modules:
            self._context = sys.modules["contextvars"].copy_context()
        if self._context is None:
            self._step_run(exc)
        else:
            self._context.run(self._step_run, exc)

    def _step_run(self, exc=None):
        if self._state != _PENDING:
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        previous = _current_tasks.get(self._loop)
        _current_tasks[self._loop] = self
        if _tracing:
            _minipy_trace.step_begin(self._trace_key, self._name, _coro_name(self._coro))
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as error:
            self._finish()
            # CPython's Task keeps the coroutine's exception (so awaiting it
            # re-raises the message) but cancels its future without one.
            self._cancelled_by_coro = True
            if error.args:
                self._cancel_message = error.args[0]
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as error:
            self._finish()
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            self._finish()
            Future.set_exception(self, error)
        else:
            self._wait_on(result)
        finally:
            if previous is None:
                _current_tasks.pop(self._loop, None)
            else:
                _current_tasks[self._loop] = previous
            if _tracing:
                _trace_step_end(self)

    def _wait_on(self, result):
        # The second test is isfuture(result), in line.
        if (
            getattr(result, "_asyncio_future_blocking", None) is not None
            and getattr(type(result), "_asyncio_future_blocking", None) is not None
        ):
            if result is self:
                self._loop.call_soon(self._step, RuntimeError("Task cannot await on itself: " + repr(self)), context=False)
                return
            if not result._asyncio_future_blocking:
                self._loop.call_soon(self._step, RuntimeError("yield was used instead of yield from in task " + repr(self)), context=False)
                return
            result._asyncio_future_blocking = False
            result.add_done_callback(self._wakeup, context=False)
            self._fut_waiter = result
            if self._must_cancel and result.cancel(msg=self._cancel_message):
                self._must_cancel = False
        elif result is None:
            # A bare `yield`: give the other tasks a turn.
            self._loop.call_soon(self._step, context=False)
        else:
            self._loop.call_soon(self._step, RuntimeError("Task got bad yield: " + repr(result)), context=False)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def _coro_name(coro):
    return (getattr(coro, "__qualname__", None) or type(coro).__name__) + "()"


def _trace_step_end(task):
    # What the task waits on now, as the trace labels it; None once done.
    if task.done():
        if task.cancelled():
            outcome = "cancelled"
        elif task._exception is not None:
            outcome = "raised " + type(task._exception).__name__
        else:
            outcome = "returned"
        _minipy_trace.step_end(task._trace_key, None, outcome)
        return
    fut = task._fut_waiter
    if fut is None:
        what = "its next turn (it yielded)"
    else:
        what = getattr(fut, "_trace_what", None)
        if what is None:
            if isinstance(fut, Task):
                what = "task " + fut._name
            elif isinstance(fut, _GatheringFuture):
                what = "gather() of " + str(len(fut._children)) + " awaitables"
            else:
                what = "a Future"
    _minipy_trace.step_end(task._trace_key, what, "")


def current_task(loop=None):
    target = events.get_running_loop() if loop is None else loop
    return _current_tasks.get(target)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return set(t for t in loop._tasks if not t.done())


def create_task(coro, *, name=None, context=None):
    return events.get_running_loop().create_task(coro, name=name, context=context)


async def _await_it(awaitable):
    return await awaitable


def ensure_future(obj, *, loop=None):
    if isfuture(obj):
        return obj
    if loop is None:
        loop = events.get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(type(obj), "__await__"):
        return loop.create_task(_await_it(obj))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


class _Yield:
    # Awaiting it gives every other ready task one turn (asyncio.sleep(0)).
    def __await__(self):
        yield


def _set_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    if _tracing:
        future._trace_what = "asyncio.sleep(" + repr(delay) + ")"
    handle = loop.call_later(delay, _set_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*aws, return_exceptions=False):
    if not aws:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    by_arg = {}
    loop = None
    for aw in aws:
        key = id(aw)
        if key in by_arg:
            children.append(by_arg[key])
            continue
        child = ensure_future(aw, loop=loop)
        if loop is None:
            loop = child.get_loop()
        by_arg[key] = child
        children.append(child)
    outer = _GatheringFuture(children, loop=loop)
    # One child per distinct awaitable, as CPython counts them (a list
    # membership test here made gathering n children take n*n steps).
    distinct = list(by_arg.values())
    finished = 0

    def child_done(child):
        nonlocal finished
        finished += 1
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._cancelled_error())
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == len(distinct):
            results = []
            for c in children:
                if c.cancelled():
                    # CPython's gather builds this one itself, with '' for
                    # a cancel without a message: CancelledError('').
                    msg = None if getattr(c, "_cancelled_by_coro", False) else c._cancel_message
                    results.append(CancelledError('' if msg is None else msg))
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c.result())
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for child in distinct:
        child.add_done_callback(child_done)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def inner_done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def _wake(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut.get_loop().create_future()

    def release(f):
        _wake(waiter)

    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


async def wait_for(aw, timeout):
    loop = events.get_running_loop()
    if timeout is None:
        return await aw
    fut = ensure_future(aw, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _wake, waiter)

    def release(f):
        _wake(waiter)

    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(release)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        handle.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not " + type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: " + str(return_when))
    loop = events.get_running_loop()
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    fs = set(ensure_future(f, loop=loop) for f in fs)
    waiter = loop.create_future()
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, _wake, waiter)
    left = len(fs)

    def on_completion(f):
        nonlocal left
        left -= 1
        failed = return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None
        if left <= 0 or return_when == FIRST_COMPLETED or failed:
            if handle is not None:
                handle.cancel()
            _wake(waiter)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    from asyncio.queues import Queue
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not " + type(fs).__name__)
    loop = events.get_event_loop()
    todo = set(ensure_future(f, loop=loop) for f in set(fs))
    finished = Queue()
    timer = []

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            finished.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer:
            timer[0].cancel()

    async def wait_for_one():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer.append(loop.call_later(timeout, on_timeout))
    return (wait_for_one() for _ in range(len(todo)))


async def to_thread(func, *args, **kwargs):
    loop = events.get_running_loop()
    return await loop._submit(None, func, args, kwargs)


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError("asyncio.run_coroutine_threadsafe is not supported by minipy")
