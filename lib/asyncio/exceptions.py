# asyncio's exceptions. CancelledError is a BaseException (as since 3.8),
# so a bare `except Exception` in a task does not swallow a cancellation;
# asyncio.TimeoutError is the built-in TimeoutError (as since 3.11).


class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass
