# minipy's threading module, written in Python on top of the native
# _minipy_thread layer (as CPython's threading.py is on _thread).

import _minipy_thread as _t
import _minipy_mp as _mp
import time as _time

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
        # First acquisition by this thread: take the underlying lock, then record ownership.
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner, self._count = me, 1
        return got

    def release(self):
        if not self._is_owned():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
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
        # Condition.wait gives up a recursive lock entirely, then takes it back at the same depth.
        self._block.acquire()
        self._count = state[0]
        self._owner = state[1]

    def _is_owned(self):
        return get_ident() == self._owner


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

    def _is_owned(self):
        # Same probe as CPython: a lock that knows its owner says so; for a
        # plain Lock, "held by someone" is the best we can tell.
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        # The waiter lock is held already; notify() releases it, which is what wakes us.
        woken = False
        try:
            if timeout is None:
                woken = waiter.acquire()
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken and waiter in self._waiters:
                self._waiters.remove(waiter)

    def wait_for(self, predicate, timeout=None):
        # The timeout bounds the whole wait, not each wake-up (as in CPython).
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        for waiter in woken:
            waiter.release()
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def notify_all(self):
        everyone = len(self._waiters)
        self.notify(everyone)

    notifyAll = notify_all


class Semaphore:
    # A kernel semaphore: shared by threads, and by processes that are given it.
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._h = _mp.sem_new(value, False)

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        return _mp.sem_acquire(self._h, blocking, timeout)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        _mp.sem_release(self._h, n)

    @property
    def _value(self):
        return _mp.sem_value(self._h)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._h = _mp.sem_new(value, True)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if not _mp.sem_release(self._h, n):
            raise ValueError("Semaphore released too many times")


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    # A kernel barrier. With an action, the last thread to arrive runs it
    # before anyone passes: a second round holds the others until it is done.
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._h = _mp.barrier_new(parties)
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._after = _mp.barrier_new(parties) if action is not None else None

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        index = _mp.barrier_wait(self._h, timeout)
        if index < 0:
            raise BrokenBarrierError()
        if self._after is not None:
            if index == self._parties - 1:
                try:
                    self._action()
                except BaseException:
                    _mp.barrier_abort(self._after)
                    _mp.barrier_abort(self._h)
                    raise
            if _mp.barrier_wait(self._after, timeout) < 0:
                _mp.barrier_abort(self._h)
                raise BrokenBarrierError()
        return index

    def reset(self):
        _mp.barrier_reset(self._h)
        if self._after is not None:
            _mp.barrier_reset(self._after)

    def abort(self):
        _mp.barrier_abort(self._h)
        if self._after is not None:
            _mp.barrier_abort(self._after)

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return _mp.barrier_n_waiting(self._h)

    @property
    def broken(self):
        return _mp.barrier_broken(self._h)


class Event:
    def __init__(self):
        self._h = _t.event_new()

    def is_set(self):
        return _t.event_is_set(self._h)

    isSet = is_set

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
        # enumerate() lists the thread from now on, as in CPython. Under the
        # GIL, start_thread has already let the new thread run first, as
        # CPython's start() does (by a hand-off in the GIL's queue, not an
        # OS wake-up, so --switch-every schedules stay reproducible). In
        # process mode the thread registers itself in its own copy of this
        # module; the starting interpreter lists it too.
        ident = _t.ident(self._handle)
        if ident not in _active and _t.is_alive(self._handle):
            _active[ident] = self

    def _bootstrap(self):
        _mp.adopt_main(self._target)
        # The module imported in this interpreter: in process mode this
        # method's globals are a copy, and current_thread() must see us.
        import threading as live
        live._active[get_ident()] = self
        try:
            self.run()
        except BaseException as e:
            # A replaced threading.excepthook gets the error; the default one
            # is minipy's own report (CPython's "Exception in thread ...").
            if excepthook is __excepthook__ or isinstance(e, SystemExit):
                raise
            excepthook(ExceptHookArgs((type(e), e, None, self)))
        finally:
            if get_ident() in live._active:
                del live._active[get_ident()]

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so the arguments can be freed once the thread is done.
            for attr in ('_target', '_args', '_kwargs'):
                delattr(self, attr)

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


def get_native_id():
    return get_ident()


class ExceptHookArgs:
    def __init__(self, args):
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = args

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def __excepthook__(args):
    name = args.thread.name if args.thread is not None else str(get_ident())
    _mp.stderr_write("Exception in thread " + name + ":\n" + args.exc_type.__name__ + ": " + str(args.exc_value) + "\n")


excepthook = __excepthook__


class local:
    # Attributes seen only by the thread that set them. A subclass's
    # __init__ runs again, with the same arguments, the first time each
    # other thread touches the object (as in CPython).
    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__state", ({get_ident(): {}}, args, kwargs))
        return self

    def _local__dict(self):
        dicts, args, kwargs = self._local__state
        me = get_ident()
        d = dicts.get(me)
        if d is None:
            d = dicts[me] = {}
            type(self).__init__(self, *args, **kwargs)
        return d

    def __getattr__(self, name):
        d = self._local__dict()
        if name in d:
            return d[name]
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'")

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'" + type(self).__name__ + "' object attribute '__dict__' is read-only")
        self._local__dict()[name] = value

    def __delattr__(self, name):
        d = self._local__dict()
        if name not in d:
            raise AttributeError(name)
        del d[name]


def current_thread():
    me = get_ident()
    if me in _active:
        return _active[me]
    return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    # What enumerate() lists, as CPython counts its registry: a thread that
    # has left the registry on its way out is no longer counted (the native
    # count would still see it, and disagree with the list).
    return len(enumerate())


activeCount = active_count


def enumerate():
    # A copy taken in one step (dict.copy holds the dict's lock throughout):
    # a thread that ends meanwhile removes itself from _active, which would
    # break an iteration over the dict itself ("dictionary changed size").
    return [t for t in _active.copy().values() if t.is_alive()]


def settrace(func):
    pass


def setprofile(func):
    pass


def stack_size(size=0):
    return 0


TIMEOUT_MAX = 9223372036.0


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        # Sleep on the event: cancel() sets it and so cuts the wait short.
        cancelled = self.finished.wait(self.interval)
        if not cancelled and not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
