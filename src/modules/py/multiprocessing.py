# minipy's multiprocessing module. A Process is an isolated interpreter on
# its own OS thread, in every mode: its target and arguments (and, through
# the target, the module's globals) are deep-copied into it, and it talks
# back only through copying queues and shared kernel objects (locks, events).

import _minipy_thread as _t
import _minipy_mp as _mp
import queue as _queue
import threading as _threading

_count = 0


def _next_name(prefix):
    # Every process made here takes the next number (Process-1, then
    # ForkPoolWorker-2, ...), as CPython's process counter.
    global _count
    _count += 1
    return prefix + "-" + str(_count)

Lock = _threading.Lock
RLock = _threading.RLock
Event = _threading.Event


class Process:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = tuple(args)
        self._kwargs = {} if kwargs is None else dict(kwargs)
        self._name = name if name is not None else _next_name(type(self).__name__)
        self.daemon = bool(daemon)
        self._handle = None

    def run(self):
        _mp.adopt_main(self._target)
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._handle is not None:
            raise AssertionError("cannot start a process twice")
        self._handle = _t.start_process(self.run, (), {}, self._name, self.daemon)

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
        pass

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
        return "<Process name='" + self._name + "' " + status + ">"


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


class JoinableQueue(Queue):
    pass


class _CurrentProcess:
    def __init__(self):
        self.name = _t.process_name()
        self.daemon = False

    @property
    def pid(self):
        return _t.get_ident()


def current_process():
    return _CurrentProcess()


def cpu_count():
    return _t.cpu_count()
