# contextlib: context-manager helpers (contextmanager, suppress, closing,
# nullcontext, ExitStack, redirect_stdout/redirect_stderr when sys has them).

import sys

__all__ = ["contextmanager", "suppress", "closing", "nullcontext",
           "ExitStack", "AbstractContextManager", "redirect_stdout",
           "redirect_stderr", "ContextDecorator"]


def _copy_identity(wrapper, wrapped, fallback_name):
    wrapper.__name__ = getattr(wrapped, "__name__", fallback_name)
    wrapper.__doc__ = getattr(wrapped, "__doc__", None)
    wrapper.__wrapped__ = wrapped
    return wrapper


class AbstractContextManager:
    """A base whose __enter__ returns self."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Lets a context manager be used as a function decorator."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        manager_source = self

        def inner(*args, **kwds):
            # Each call gets a fresh manager (a generator-based one can only be entered once).
            with manager_source._recreate_cm():
                return func(*args, **kwds)
        return _copy_identity(inner, func, "inner")


class _GeneratorContextManager(ContextDecorator):
    """What calling a @contextmanager function returns: drives the generator through one with block."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # The recipe is not needed any more once the block starts.
        del self.func, self.args, self.kwds
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Normal exit: the generator must finish after its single yield.
            for _ in self.gen:
                raise RuntimeError("generator didn't stop")
            return False
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as stopped:
            # The generator handled the exception and returned: suppressed, unless the
            # exception being thrown in was that very StopIteration.
            return stopped is not value
        except RuntimeError as failure:
            # A StopIteration escaping the generator arrives as a RuntimeError caused by it.
            if failure is value or (isinstance(value, StopIteration) and failure.__cause__ is value):
                return False
            raise
        except BaseException as failure:
            if failure is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_identity(helper, func, "helper")


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Does nothing; __enter__ returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return None


class suppress(AbstractContextManager):
    """Suppresses the given exception types inside the with block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    # Subclasses name the sys attribute they swap; nesting works through a stack of saved values.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        name = self._stream
        if not hasattr(sys, name):
            raise NotImplementedError("contextlib: minipy has no sys.%s to redirect" % name)
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """Runs a dynamic set of exit callbacks, last registered first."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        # Hand every pending callback to a new stack; this one is left empty.
        moved = ExitStack()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        bound_exit = getattr(type(exit), "__exit__", None)
        if bound_exit is None:
            # A plain callable with __exit__'s signature.
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(lambda *details: bound_exit(exit, *details))
        return exit

    def enter_context(self, cm):
        kind = type(cm)
        enter = getattr(kind, "__enter__", None)
        leave = getattr(kind, "__exit__", None)
        if enter is None or leave is None:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (kind.__module__, kind.__qualname__))
        entered = enter(cm)
        self._exit_callbacks.append(lambda *details: leave(cm, *details))
        return entered

    def callback(self, callback, *args, **kwds):
        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append(run_callback)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        current = exc_details
        swallowed = False
        to_raise = None
        # Unwind newest first; each callback sees the exception still in flight (or the one the
        # previous callback raised), and a callback returning true clears it.
        while self._exit_callbacks:
            unwind = self._exit_callbacks.pop()
            try:
                if unwind(*current):
                    swallowed = True
                    to_raise = None
                    current = (None, None, None)
            except BaseException as raised:
                current = (type(raised), raised, None)
                to_raise = raised
        if to_raise is not None:
            raise to_raise
        return had_exception and swallowed
