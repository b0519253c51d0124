"""Functions to run when the interpreter exits normally (or by sys.exit),
last registered first. The runtime calls _run_exitfuncs at exit."""

import sys

_handlers = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException:
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            import traceback
            traceback.print_exc()
