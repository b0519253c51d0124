# minipy's multiprocessing module. A Process is an isolated interpreter on
# its own OS thread, in every mode: its target and arguments (and, through
# the target, the module's globals) are deep-copied into it, and it talks
# back only through copying queues, pipes and shared kernel objects (locks,
# semaphores, events, barriers, shared memory). Pool, Value/Array, Pipe,
# Condition and Manager live in the submodules (pool, connection,
# sharedctypes, synchronize, managers) and are re-exported here.

import _minipy_thread as _t
import _minipy_mp as _mp
import queue as _queue
import threading as _threading

_count = 0
_children = []
_start_method = None


def _next_name(prefix):
    # Every process made here takes the next number (Process-1, then
    # ForkPoolWorker-2, ...), as CPython's process counter.
    global _count
    _count += 1
    return prefix + "-" + str(_count)


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


Lock = _threading.Lock
RLock = _threading.RLock
Event = _threading.Event
Barrier = _threading.Barrier


class Semaphore(_threading.Semaphore):
    def get_value(self):
        return _mp.sem_value(self._h)


class BoundedSemaphore(_threading.BoundedSemaphore):
    def get_value(self):
        return _mp.sem_value(self._h)

    def release(self, n=1):
        if not _mp.sem_release(self._h, n):
            raise ValueError("semaphore or lock released too many times")


def _connections_in(args, kwargs):
    from multiprocessing.connection import Connection
    return [a for a in list(args) + list(kwargs.values()) if isinstance(a, Connection)]


class Process:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = tuple(args)
        self._kwargs = {} if kwargs is None else dict(kwargs)
        self._name = name if name is not None else _next_name(type(self).__name__)
        self._daemonic = bool(daemon)
        self._handle = None

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        _mp.adopt_main(self._target if self._target is not None else type(self).run)
        try:
            self.run()
        finally:
            # This process's references to the pipe ends it was given.
            for conn in _connections_in(self._args, self._kwargs):
                conn.close()

    def start(self):
        if self._handle is not None:
            raise AssertionError("cannot start a process twice")
        for conn in _connections_in(self._args, self._kwargs):
            conn._add_holder()
        self._handle = _t.start_process(self._bootstrap, (), {}, self._name, self._daemonic)
        _children.append(self)

    def join(self, timeout=None):
        if self._handle is None:
            raise AssertionError("can only join a started process")
        _t.join(self._handle, timeout)

    def is_alive(self):
        return self._handle is not None and _t.is_alive(self._handle)

    def terminate(self):
        if self._handle is not None:
            _t.signal(self._handle, 15)

    def kill(self):
        if self._handle is not None:
            _t.signal(self._handle, 9)

    def close(self):
        if self._handle is not None and self.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._handle is not None:
            raise AssertionError("process has already started")
        self._daemonic = bool(value)

    @property
    def exitcode(self):
        if self._handle is None:
            return None
        return _t.exitcode(self._handle)

    @property
    def pid(self):
        if self._handle is None:
            return None
        return _t.ident(self._handle)

    @property
    def ident(self):
        return self.pid

    @property
    def sentinel(self):
        return self.pid

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    def __repr__(self):
        if self._handle is None:
            status = "initial"
        elif self.is_alive():
            status = "started"
        else:
            status = "stopped exitcode=" + str(self.exitcode)
        daemon = " daemon" if self._daemonic else ""
        return "<" + type(self).__name__ + " name='" + self._name + "' " + status + daemon + ">"


class ForkProcess(Process):
    pass


class SpawnProcess(Process):
    pass


class ForkServerProcess(Process):
    pass


class Queue(_queue.Queue):
    # The same queue as queue.Queue, but items are always deep-copied
    # messages, so it can connect isolated interpreters.
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._h = _t.queue_new(maxsize, True)

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    pass


class SimpleQueue(Queue):
    def __init__(self):
        Queue.__init__(self, 0)


class _ProcessInfo:
    # What current_process() and parent_process() describe.
    def __init__(self, name, pid, main):
        self.name = name
        self.pid = pid
        self.ident = pid
        self.daemon = False
        self._main = main

    def is_alive(self):
        return True

    def __repr__(self):
        kind = "_MainProcess" if self._main else "_ParentProcess" if self._main is None else "Process"
        return "<" + kind + " name='" + self.name + "' started>"


def current_process():
    name = _t.process_name()
    return _ProcessInfo(name, _mp.getpid(), _mp.parent_name() is None)


def parent_process():
    parent = _mp.parent_name()
    if parent is None:
        return None
    return _ProcessInfo(parent, _mp.getppid(), None)


def active_children():
    alive = [p for p in _children if p.is_alive()]
    _children[:] = alive
    return list(alive)


def cpu_count():
    return _t.cpu_count()


def freeze_support():
    pass


def get_start_method(allow_none=False):
    if _start_method is None and not allow_none:
        return "fork"
    return _start_method


def get_all_start_methods():
    return ["fork", "spawn", "forkserver"]


def set_start_method(method, force=False):
    # Every start method gives an isolated interpreter here; the name is
    # accepted and remembered.
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError("context has already been set")
    if method is not None and method not in ("fork", "spawn", "forkserver"):
        raise ValueError("cannot find context for " + repr(method))
    _start_method = method


class _Context:
    def __init__(self, method):
        self._method = method

    def get_start_method(self, allow_none=False):
        return self._method

    def __getattr__(self, name):
        import multiprocessing
        if name == "Process":
            return {"fork": ForkProcess, "spawn": SpawnProcess, "forkserver": ForkServerProcess}[self._method]
        return getattr(multiprocessing, name)


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in ("fork", "spawn", "forkserver"):
        raise ValueError("cannot find context for " + repr(method))
    return _Context(method)


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool as _Pool
    return _Pool(processes, initializer, initargs, maxtasksperchild)


def Pipe(duplex=True):
    from multiprocessing.connection import Pipe as _Pipe
    return _Pipe(duplex)


def Value(typecode_or_type, *args, lock=True):
    from multiprocessing.sharedctypes import Value as _Value
    return _Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from multiprocessing.sharedctypes import Array as _Array
    return _Array(typecode_or_type, size_or_initializer, lock=lock)


def RawValue(typecode_or_type, *args):
    from multiprocessing.sharedctypes import RawValueOf
    return RawValueOf(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from multiprocessing.sharedctypes import RawArrayOf
    return RawArrayOf(typecode_or_type, size_or_initializer)


def Condition(lock=None):
    from multiprocessing.synchronize import Condition as _Condition
    return _Condition(lock)


def Manager():
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m
