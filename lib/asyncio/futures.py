# asyncio.Future: a result that arrives later, on the loop's own thread.
#
# Awaiting a pending Future yields the Future itself up through every
# coroutine to the Task that runs them; the Task then sleeps until the
# Future's done-callbacks wake it (see tasks.py). Callbacks never run
# inline: the loop schedules them, as CPython does.

from asyncio import events
from asyncio.exceptions import CancelledError, InvalidStateError

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None


class Future:
    # Set to True by __await__ while a Task is blocked on this Future;
    # its presence on the class is how isfuture() recognises futures.
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        text = "<" + type(self).__name__ + " " + self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                text += " exception=" + repr(self._exception)
            else:
                text += " result=" + repr(self._result)
        return text + ">"

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, events._context_of(context)))

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb[0] != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn, context in callbacks:
            self._loop.call_soon(fn, self, context=False if context is None else context)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(self._state + ": " + repr(self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(self._state + ": " + repr(self))
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def wrap_future(future, *, loop=None):
    """An asyncio Future for a concurrent.futures.Future (or the asyncio
    Future itself)."""
    if isfuture(future):
        return future
    if not hasattr(future, "add_done_callback") or not hasattr(future, "exception"):
        # CPython checks this with an assert, so that is the error it gives.
        raise AssertionError(f"concurrent.futures.Future is expected, got {future!r}")
    if loop is None:
        loop = events.get_event_loop()
    return loop._wait_for_concurrent(future)


def _copy_executor_result(source, dest):
    # A concurrent.futures.Future that finished -> the asyncio Future awaiting it.
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(source.result())
