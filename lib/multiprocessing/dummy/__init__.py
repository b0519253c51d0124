# multiprocessing.dummy: the multiprocessing API on threads (tutorials use
# `from multiprocessing.dummy import Pool as ThreadPool`). Processes are
# threads, so they share the program's objects like any thread.

import queue as _queue
import threading as _threading
from multiprocessing import TimeoutError  # noqa: F401 (re-exported)
from multiprocessing.pool import ThreadPool as _ThreadPool

Process = _threading.Thread
current_process = _threading.current_thread
Lock = _threading.Lock
RLock = _threading.RLock
Semaphore = _threading.Semaphore
BoundedSemaphore = _threading.BoundedSemaphore
Condition = _threading.Condition
Event = _threading.Event
Barrier = _threading.Barrier
Queue = _queue.Queue
JoinableQueue = _queue.Queue


def Pool(processes=None, initializer=None, initargs=()):
    return _ThreadPool(processes, initializer, initargs)


def active_children():
    return [t for t in _threading.enumerate() if t is not _threading.main_thread()]


def freeze_support():
    pass


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = [k + "=" + repr(v) for k, v in sorted(self.__dict__.items()) if not k.startswith("_")]
        return "Namespace(" + ", ".join(items) + ")"


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self.value = value

    def __repr__(self):
        return "<" + type(self).__name__ + "(" + repr(self._typecode) + ", " + repr(self.value) + ")>"


def Array(typecode, sequence, lock=True):
    return list(sequence)


def Manager():
    return _DummyManager()


class _DummyManager:
    # Objects made by a dummy manager are ordinary objects: every thread
    # sees them directly.
    dict = dict
    list = list
    Namespace = Namespace
    Value = Value
    Array = staticmethod(Array)
    Lock = Lock
    RLock = RLock
    Semaphore = Semaphore
    BoundedSemaphore = BoundedSemaphore
    Condition = Condition
    Event = Event
    Barrier = Barrier
    Queue = _queue.Queue
    JoinableQueue = _queue.Queue

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def start(self):
        pass

    def shutdown(self):
        pass
