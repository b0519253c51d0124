# multiprocessing.Manager(): a server process that owns ordinary Python
# objects (dicts, lists, values, namespaces) and proxies that forward every
# operation to it as a message. Nothing is shared: each access is a request
# copied into the manager's interpreter and a reply copied back, so its cost
# is real and shows in --stats as messages.
#
# Proxies can be passed to other processes (they are copied like any other
# value: the copy still names the same server and object). Replies come back
# on a queue of the calling thread's own, so several processes and threads
# can use one proxy at once. Locks, events, semaphores, conditions, barriers
# and queues made by a manager are multiprocessing's own kernel objects,
# which every process can already use; they are not served.

import operator as _operator
import os as _os
import _minipy_thread as _t

_STOP = "#stop"
_CREATE = "#create"


class _ValueBox:
    # What a manager's Value(typecode, value) is on the server side.
    def __init__(self, typecode, value):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return "Value(" + repr(self._typecode) + ", " + repr(self._value) + ")"


class Namespace:
    def __init__(self, **kwds):
        for key, value in kwds.items():
            setattr(self, key, value)

    def __repr__(self):
        items = [k + "=" + repr(v) for k, v in sorted(vars(self).items()) if not k.startswith("_")]
        return "Namespace(" + ", ".join(items) + ")"


def _make_array(typecode, sequence):
    import array
    return array.array(typecode, sequence)


_FACTORIES = {
    "Array": _make_array,
    "dict": dict,
    "list": list,
    "Value": _ValueBox,
    "Namespace": Namespace,
}


# Special methods are called through the operations they stand for.
_OPERATIONS = {
    "__getitem__": _operator.getitem,
    "__setitem__": _operator.setitem,
    "__delitem__": _operator.delitem,
    "__contains__": _operator.contains,
    "__len__": len,
    "__add__": _operator.add,
    "__mul__": _operator.mul,
    "__imul__": _operator.imul,
    "__repr__": repr,
}


def _call(obj, method, args, kwargs):
    operation = _OPERATIONS.get(method)
    if operation is not None:
        return operation(obj, *args)
    return getattr(obj, method)(*args, **kwargs)


def _namespace_call(ns, method, args):
    # Namespace attribute access, done on the server.
    if method == "__getattribute__":
        return getattr(ns, args[0])
    if method == "__setattr__":
        return setattr(ns, args[0], args[1])
    if method == "__delattr__":
        return delattr(ns, args[0])
    return _call(ns, method, args, {})


def _serve(requests):
    # The manager process: one request at a time, in arrival order.
    objects = {}
    next_id = 0
    while True:
        reply, oid, method, args, kwargs = _t.queue_get(requests, True, None)
        if method == _STOP:
            _t.queue_put(reply, (True, None), True, None)
            return
        try:
            if method == _CREATE:
                next_id += 1
                objects[next_id] = _FACTORIES[oid](*args, **kwargs)
                result = next_id
            elif isinstance(objects[oid], Namespace):
                result = _namespace_call(objects[oid], method, args)
            else:
                result = _call(objects[oid], method, args, kwargs)
            answer = (True, result)
        except BaseException as e:
            answer = (False, e)
        _t.queue_put(reply, answer, True, None)


_replies = {}


def _reply_queue():
    # One reply queue per (process, thread): a proxy copied into a child
    # must not read replies meant for its parent.
    key = (_os.getpid(), _t.get_ident())
    q = _replies.get(key)
    if q is None:
        q = _t.queue_new(0, True)
        _replies[key] = q
    return q


def _request(requests, oid, method, args=(), kwargs=None):
    reply = _reply_queue()
    _t.queue_put(requests, (reply, oid, method, tuple(args), kwargs or {}), True, None)
    ok, value = _t.queue_get(reply, True, None)
    if not ok:
        raise value
    return value


class BaseProxy:
    _typeid = None

    def __init__(self, requests, oid):
        object.__setattr__(self, "_requests", requests)
        object.__setattr__(self, "_oid", oid)

    def _callmethod(self, method, args=(), kwds=None):
        return _request(self._requests, self._oid, method, args, kwds)

    def __repr__(self):
        return "<" + type(self).__name__ + " object, typeid " + repr(self._typeid) + " at " + hex(id(self)) + ">"

    def __str__(self):
        return self._callmethod("__repr__")


class DictProxy(BaseProxy):
    _typeid = "dict"

    def __getitem__(self, key):
        return self._callmethod("__getitem__", (key,))

    def __setitem__(self, key, value):
        return self._callmethod("__setitem__", (key, value))

    def __delitem__(self, key):
        return self._callmethod("__delitem__", (key,))

    def __contains__(self, key):
        return self._callmethod("__contains__", (key,))

    def __len__(self):
        return self._callmethod("__len__")

    def __iter__(self):
        return iter(self._callmethod("copy"))

    def get(self, key, default=None):
        return self._callmethod("get", (key, default))

    def keys(self):
        return list(self._callmethod("copy"))

    def values(self):
        return list(self._callmethod("copy").values())

    def items(self):
        return list(self._callmethod("copy").items())

    def copy(self):
        return self._callmethod("copy")

    def clear(self):
        return self._callmethod("clear")

    def pop(self, *args):
        return self._callmethod("pop", args)

    def popitem(self):
        return self._callmethod("popitem")

    def setdefault(self, key, default=None):
        return self._callmethod("setdefault", (key, default))

    def update(self, *args, **kwds):
        return self._callmethod("update", args, kwds)


class ListProxy(BaseProxy):
    _typeid = "list"

    def __getitem__(self, index):
        return self._callmethod("__getitem__", (index,))

    def __setitem__(self, index, value):
        return self._callmethod("__setitem__", (index, value))

    def __delitem__(self, index):
        return self._callmethod("__delitem__", (index,))

    def __len__(self):
        return self._callmethod("__len__")

    def __contains__(self, value):
        return self._callmethod("__contains__", (value,))

    def __iter__(self):
        return iter(self._callmethod("copy"))

    def __add__(self, other):
        return self._callmethod("__add__", (other,))

    def __mul__(self, n):
        return self._callmethod("__mul__", (n,))

    def __rmul__(self, n):
        return self._callmethod("__mul__", (n,))

    def __iadd__(self, other):
        self._callmethod("extend", (other,))
        return self

    def __imul__(self, n):
        self._callmethod("__imul__", (n,))
        return self

    def __reversed__(self):
        return reversed(self._callmethod("copy"))

    def append(self, value):
        return self._callmethod("append", (value,))

    def extend(self, values):
        return self._callmethod("extend", (list(values),))

    def insert(self, index, value):
        return self._callmethod("insert", (index, value))

    def pop(self, *args):
        return self._callmethod("pop", args)

    def remove(self, value):
        return self._callmethod("remove", (value,))

    def index(self, *args):
        return self._callmethod("index", args)

    def count(self, value):
        return self._callmethod("count", (value,))

    def reverse(self):
        return self._callmethod("reverse")

    def sort(self, **kwds):
        return self._callmethod("sort", (), kwds)


class ValueProxy(BaseProxy):
    _typeid = "Value"

    def get(self):
        return self._callmethod("get")

    def set(self, value):
        return self._callmethod("set", (value,))

    @property
    def value(self):
        return self._callmethod("get")

    @value.setter
    def value(self, new):
        self._callmethod("set", (new,))


class ArrayProxy(BaseProxy):
    # CPython exposes only these three; iteration goes through __getitem__.
    _typeid = "Array"

    def __len__(self):
        return self._callmethod("__len__")

    def __getitem__(self, index):
        return self._callmethod("__getitem__", (index,))

    def __setitem__(self, index, value):
        return self._callmethod("__setitem__", (index, value))


class NamespaceProxy(BaseProxy):
    _typeid = "Namespace"

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError("'NamespaceProxy' object has no attribute " + repr(name))
        return self._callmethod("__getattribute__", (name,))

    def __setattr__(self, name, value):
        if name.startswith("_"):
            return object.__setattr__(self, name, value)
        return self._callmethod("__setattr__", (name, value))

    def __delattr__(self, name):
        if name.startswith("_"):
            return object.__delattr__(self, name)
        return self._callmethod("__delattr__", (name,))


class SyncManager:
    def __init__(self):
        self._requests = None
        self._process = None

    def start(self, initializer=None, initargs=()):
        import multiprocessing
        if self._process is not None:
            raise multiprocessing.ProcessError("Already started server")
        self._requests = _t.queue_new(0, True)
        self._process = multiprocessing.Process(
            target=_serve, args=(self._requests,), name=multiprocessing._next_name("SyncManager"), daemon=True
        )
        self._process.start()

    def shutdown(self):
        if self._process is not None and self._process.is_alive():
            _request(self._requests, None, _STOP)
            self._process.join()

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def __enter__(self):
        if self._process is None:
            self.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()

    def _create(self, proxy_type, typeid, args, kwds=None):
        if self._process is None:
            raise ValueError("Manager has not been started")
        return proxy_type(self._requests, _request(self._requests, typeid, _CREATE, args, kwds))

    def dict(self, *args, **kwds):
        return self._create(DictProxy, "dict", args, kwds)

    def list(self, *args):
        return self._create(ListProxy, "list", args)

    def Value(self, typecode, value, lock=True):
        return self._create(ValueProxy, "Value", (typecode, value))

    def Namespace(self, **kwds):
        return self._create(NamespaceProxy, "Namespace", (), kwds)

    def Queue(self, maxsize=0):
        import multiprocessing
        return multiprocessing.Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        import multiprocessing
        return multiprocessing.JoinableQueue(maxsize)

    def Lock(self):
        import multiprocessing
        return multiprocessing.Lock()

    def RLock(self):
        import multiprocessing
        return multiprocessing.RLock()

    def Semaphore(self, value=1):
        import multiprocessing
        return multiprocessing.Semaphore(value)

    def BoundedSemaphore(self, value=1):
        import multiprocessing
        return multiprocessing.BoundedSemaphore(value)

    def Event(self):
        import multiprocessing
        return multiprocessing.Event()

    def Condition(self, lock=None):
        import multiprocessing
        return multiprocessing.Condition(lock)

    def Barrier(self, parties, action=None, timeout=None):
        import multiprocessing
        return multiprocessing.Barrier(parties, action, timeout)

    def Array(self, typecode, sequence, lock=True):
        return self._create(ArrayProxy, "Array", (typecode, sequence))
