"""Weak references, as CPython's weakref module.

A reference holds a native weak slot (`_weakref`): the slot keeps the
object's address, never a count, and is cleared when the object is freed.
Callbacks are kept here, by slot id; the interpreter hands the ids of
watched slots whose objects died to `_dead` before its next call, which is
where CPython would have run them (at the moment of the last decref).
"""

import _weakref
import sys
from collections.abc import MutableMapping

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]

# slot id -> references with callbacks, in creation order. A reference with
# a callback lives until its object dies (CPython would drop it, and its
# callback, if the program dropped the reference first).
_watched = {}
# slot id -> the shared reference without callback (`ref(o) is ref(o)`).
_plain = {}


def _report(where, exc):
    import traceback
    sys.stderr.write(f"Exception ignored in: {where!r}\n")
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)


def _dead(ids):
    """Run the callbacks of the slots whose objects died, newest first."""
    for i in ids:
        _plain.pop(i, None)
        refs = _watched.pop(i, None)
        if not refs:
            continue
        for r in reversed(refs):
            cb = r._callback
            r._callback = None
            if cb is None:
                continue
            try:
                cb(r)
            except BaseException as e:
                _report(cb, e)


class ReferenceType:
    """weakref.ref(object[, callback]): a weak reference to object."""

    __module__ = "weakref"

    def __new__(cls, ob, callback=None, *args, **kwargs):
        slot = _weakref.slot(ob)
        sid = _weakref.watch(slot)
        if cls is ReferenceType and callback is None:
            r = _plain.get(sid)
            if r is not None:
                return r
        self = object.__new__(cls)
        self._slot = slot
        self._callback = callback
        self._hash = None
        if callback is not None:
            _watched.setdefault(sid, []).append(self)
        elif cls is ReferenceType:
            _plain[sid] = self
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return _weakref.get(self._slot)

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            ob = _weakref.get(self._slot)
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = self()
        if ob is None:
            return f"<weakref at {id(self):#x}; dead>"
        return f"<weakref at {id(self):#x}; to '{type(ob).__name__}' at {id(ob):#x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ref = ReferenceType


class KeyedRef(ReferenceType):
    """A reference that remembers a key (WeakValueDictionary's entries)."""

    __module__ = "weakref"

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ReferenceType):
    """A reference to a bound method that lives as long as its object and
    function do."""

    __module__ = "weakref"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self = ReferenceType.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = ReferenceType.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is other
            return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if self() is None or other() is None:
                return self is not other
            return ReferenceType.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ReferenceType.__hash__


def getweakrefcount(obj):
    raise NotImplementedError("weakref.getweakrefcount is not supported by minipy")


def getweakrefs(obj):
    raise NotImplementedError("weakref.getweakrefs is not supported by minipy")


from _weakref_proxy import ProxyType, CallableProxyType, proxy  # noqa: E402

ProxyTypes = (ProxyType, CallableProxyType)

from _weakref_dicts import WeakValueDictionary, WeakKeyDictionary  # noqa: E402
from _weakrefset import WeakSet  # noqa: E402
from _weakref_finalize import finalize, _exitfunc  # noqa: E402
