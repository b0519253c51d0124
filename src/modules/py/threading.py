# minipy's threading module, written in Python on top of the native
# _minipy_thread layer (as CPython's threading.py is on _thread).

import _minipy_thread as _t
import _minipy_mp as _mp

get_ident = _t.get_ident
_counter = 0
_active = {}
_atexit_hooks = []
_shutting_down = False


def _register_atexit(fn, *args, **kwargs):
    # Called at interpreter exit, before non-daemon threads are joined, in
    # reverse order of registration (concurrent.futures stops its workers).
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit_hooks.append((fn, args, kwargs))


def _shutdown():
    global _shutting_down
    _shutting_down = True
    while _atexit_hooks:
        fn, args, kwargs = _atexit_hooks.pop()
        fn(*args, **kwargs)


class Lock:
    def __init__(self):
        self._h = _t.lock_new()

    def acquire(self, blocking=True, timeout=-1):
        return _t.lock_acquire(self._h, blocking, timeout)

    def release(self):
        _t.lock_release(self._h)

    def locked(self):
        return _t.lock_locked(self._h)

    def __enter__(self):
        return _t.lock_acquire(self._h, True, -1)

    def __exit__(self, t, v, tb):
        _t.lock_release(self._h)

    def __repr__(self):
        state = "locked" if self.locked() else "unlocked"
        return "<" + state + " _thread.lock object>"


class RLock:
    def __init__(self):
        self._block = Lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def _release_save(self):
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def acquire(self, blocking=True, timeout=-1):
        return self._lock.acquire(blocking, timeout)

    def release(self):
        self._lock.release()

    def _release_save(self):
        if isinstance(self._lock, RLock):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if isinstance(self._lock, RLock):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved)
            if not gotit:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout) and timeout is not None:
                return predicate()
            result = predicate()
        return result

    def notify(self, n=1):
        woken = self._waiters[:n]
        for waiter in woken:
            waiter.release()
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait(timeout) and timeout is not None:
                    return False
            self._value -= 1
            return True

    def release(self, n=1):
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial = value

    def release(self, n=1):
        with self._cond:
            if self._value + n > self._initial:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    def __init__(self):
        self._h = _t.event_new()

    def is_set(self):
        return _t.event_is_set(self._h)

    def set(self):
        _t.event_set(self._h)

    def clear(self):
        _t.event_clear(self._h)

    def wait(self, timeout=None):
        return _t.event_wait(self._h, timeout)


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        global _counter
        if name is None:
            _counter += 1
            name = "Thread-" + str(_counter)
            if target is not None and hasattr(target, "__name__"):
                name = name + " (" + target.__name__ + ")"
        self._target = target
        self._name = str(name)
        self._args = tuple(args)
        self._kwargs = {} if kwargs is None else dict(kwargs)
        self._daemonic = bool(daemon) if daemon is not None else False
        self._handle = None
        self._started = False

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._handle = _t.start_thread(self._bootstrap, (), {}, self._name, self._daemonic)

    def _bootstrap(self):
        _mp.adopt_main(self._target)
        _active[get_ident()] = self
        try:
            self.run()
        finally:
            if get_ident() in _active:
                del _active[get_ident()]

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        _t.join(self._handle, timeout)

    def is_alive(self):
        return self._handle is not None and _t.is_alive(self._handle)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        if self._handle is None:
            return None
        return _t.ident(self._handle)

    @property
    def native_id(self):
        return self.ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(value)

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, value):
        self.daemon = value

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started" if self.is_alive() else "stopped"
        if self._daemonic:
            status = status + " daemon"
        if self._handle is not None:
            status = status + " " + str(self.ident)
        return "<" + type(self).__name__ + "(" + self._name + ", " + status + ")>"


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._started = True

    def is_alive(self):
        return True

    @property
    def ident(self):
        return get_ident()


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_t.current_name())
        self._started = True

    def is_alive(self):
        return True


_main_thread = _MainThread()
_active[get_ident()] = _main_thread


def current_thread():
    me = get_ident()
    if me in _active:
        return _active[me]
    return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return _t.active_count()


activeCount = active_count


def enumerate():
    return list(_active.values())


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
