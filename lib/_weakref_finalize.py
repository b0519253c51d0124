"""weakref.finalize: call a function when an object dies (or, if it is
still alive then, when the program ends)."""

import sys
from weakref import ref


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The first
    time the finalizer is called it evaluates func(*arg, **kwargs) and
    returns the result. After this the finalizer is dead, and calling it
    just returns None.
    """

    __module__ = "weakref"

    # self -> [weakref, func, args, kwargs, atexit, index]: a finalizer is
    # alive while it is registered here (the registry keeps it alive).
    _registry = {}
    _index = 0

    def __init__(self, obj, func, /, *args, **kwargs):
        info = [ref(obj, self), func, args, kwargs or None, True, finalize._index]
        finalize._index += 1
        finalize._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = finalize._registry.pop(self, None)
        if info:
            return info[1](*info[2], **(info[3] or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = finalize._registry.get(self)
        obj = info and info[0]()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info[1], info[2], info[3] or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = finalize._registry.get(self)
        obj = info and info[0]()
        if obj is not None:
            return (obj, info[1], info[2], info[3] or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = finalize._registry.get(self)
        return bool(info) and info[4]

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info[4] = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info[0]()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"


def _exitfunc():
    """At exit: call the live finalizers whose atexit is true, newest
    first (interpreter shutdown calls this after threading's hooks)."""
    while True:
        pending = [(info[5], f) for f, info in finalize._registry.items() if info[4]]
        if not pending:
            return
        pending.sort()
        _, f = pending[-1]
        try:
            f()
        except BaseException as e:
            import weakref
            weakref._report(f, e)
