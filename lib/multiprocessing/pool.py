# multiprocessing.Pool: a fixed set of worker processes (isolated
# interpreters in every mode) fed through the worker pool in _minipy_pool.
# In gil and free-threaded mode a result-handler thread completes results
# and runs their callbacks; in process mode whoever uses the pool next
# (get(), join(), iterating imap, submitting) does.

import time as _time
import _minipy_thread as _t
import _minipy_pool

_RUN = 0
_CLOSE = 1
_TERMINATE = 2


def _deadline(timeout):
    if timeout is None:
        return None
    return _time.monotonic() + timeout


class RemoteTraceback(Exception):
    # The cause of an error re-raised from a worker: its traceback there.
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._callback = callback
        self._error_callback = error_callback
        self._done = False
        # True once the callbacks have run too: what ready(), wait() and
        # get() look at, so that get() returns after the callback has run,
        # as in CPython (_done alone is the outcome, recorded earlier).
        self._ready = False
        self._ok = None
        self._value = None
        self._order = 0

    # The pool records the outcome under its locks, and calls _notify (the
    # user's callbacks) once it holds none of them. True if this call
    # completed the result.
    def _deliver(self, ok, value):
        if self._done:
            return False
        self._ok = ok
        self._value = value
        self._done = True
        return True

    def _notify(self):
        try:
            if self._ok and self._callback is not None:
                self._callback(self._value)
            if not self._ok and self._error_callback is not None:
                self._error_callback(self._value)
        finally:
            self._ready = True

    def ready(self):
        if not self._ready:
            self._pool._workers.drain()
        return self._ready

    def successful(self):
        if not self.ready():
            raise ValueError(repr(self) + " not ready")
        return self._ok

    def wait(self, timeout=None):
        if not self._ready:
            self._pool._workers.pump(lambda: self._ready, _deadline(timeout))

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._ready:
            import multiprocessing
            raise multiprocessing.TimeoutError()
        if self._ok:
            return self._value
        raise self._value

    def __repr__(self):
        return "<multiprocessing.pool." + type(self).__name__ + " object at 0x" + format(id(self), "x") + ">"


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    # One result for several chunk tasks: the list of all their items, in order.
    def __init__(self, pool, nchunks, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._chunks = [None] * nchunks
        self._left = nchunks
        if nchunks == 0:
            self._ok = True
            self._value = []
            self._done = True
            self._notify()

    def _chunk_done(self, index, ok, value):
        # True if this chunk completed the whole result.
        if self._done:
            return False
        if not ok:
            return self._deliver(False, value)
        self._chunks[index] = value
        self._left -= 1
        if self._left == 0:
            items = []
            for chunk in self._chunks:
                items.extend(chunk)
            return self._deliver(True, items)
        return False


class _ChunkSink:
    def __init__(self, owner, index):
        self.owner = owner
        self.index = index
        self.done = False
        self.ok = None
        self.value = None
        self.order = 0
        self.completed_owner = False

    def _deliver(self, ok, value):
        # `done` last: a waiter on another thread (free-threaded mode) that
        # sees it must also see the outcome.
        self.ok = ok
        self.value = value
        self.done = True
        if self.owner is not None:
            self.completed_owner = self.owner._chunk_done(self.index, ok, value)

    def _notify(self):
        if self.completed_owner:
            self.owner._notify()


_finished = 0


class _OrderedSink(_ChunkSink):
    # Records when it finished, for imap_unordered.
    def _deliver(self, ok, value):
        global _finished
        _finished += 1
        self.order = _finished
        _ChunkSink._deliver(self, ok, value)


class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        import multiprocessing
        if processes is None:
            processes = _t.cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        self._processes = processes
        self._state = _RUN
        self._workers = _minipy_pool.WorkerPool(processes, True, self._start_worker, multiprocessing.ProcessError,
                                                initializer, initargs, maxtasksperchild, RemoteTraceback)
        self._workers.fill()

    def _start_worker(self, target, args, index):
        import multiprocessing
        p = multiprocessing.Process(target=target, args=args, name=multiprocessing._next_name("ForkPoolWorker"),
                                    daemon=True)
        p.start()
        return p

    def _check_running(self):
        if self._state != _RUN:
            raise ValueError("Pool not running")

    def __repr__(self):
        state = ["RUN", "CLOSE", "TERMINATE"][self._state]
        return "<multiprocessing.pool.Pool state=" + state + " pool_size=" + str(self._processes) + ">"

    # ---- single calls ----------------------------------------------------

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._workers.submit(result, func, tuple(args), dict(kwds))
        return result

    # ---- many calls --------------------------------------------------------

    def _chunksize(self, items, chunksize):
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        return chunksize

    def _submit_chunks(self, func, items, chunksize, star, make_sink):
        sinks = []
        for start in range(0, len(items), chunksize):
            chunk = items[start:start + chunksize]
            if star:
                calls = [tuple(a) for a in chunk]
            else:
                calls = [(a,) for a in chunk]
            sink = make_sink(len(sinks))
            self._workers.submit(sink, func, calls, None, _minipy_pool._CHUNK)
            sinks.append(sink)
        return sinks

    def _map_async(self, func, iterable, chunksize, star, callback, error_callback):
        self._check_running()
        if not hasattr(iterable, "__len__"):
            iterable = list(iterable)
        items = list(iterable)
        chunksize = self._chunksize(items, chunksize)
        nchunks = (len(items) + chunksize - 1) // chunksize
        result = MapResult(self, nchunks, callback, error_callback)
        self._submit_chunks(func, items, chunksize, star, lambda i: _ChunkSink(result, i))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, chunksize, False, None, None).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, chunksize, True, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, False, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, True, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not " + str(chunksize))
        sinks = self._submit_chunks(func, list(iterable), chunksize, False, lambda i: _ChunkSink(None, i))
        return self._imap_ordered(sinks)

    def _imap_ordered(self, sinks):
        for sink in sinks:
            if not sink.done:
                self._workers.pump(lambda: sink.done, None)
            if not sink.ok:
                raise sink.value
            for v in sink.value:
                yield v

    def imap_unordered(self, func, iterable, chunksize=1):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not " + str(chunksize))
        sinks = self._submit_chunks(func, list(iterable), chunksize, False, lambda i: _OrderedSink(None, i))
        return self._imap_unordered(sinks)

    def _imap_unordered(self, sinks):
        pending = list(sinks)
        while pending:
            ready = [s for s in pending if s.done]
            if not ready:
                self._workers.pump(lambda: any(s.done for s in pending), None)
                continue
            ready.sort(key=lambda s: s.order)
            for sink in ready:
                pending.remove(sink)
                if not sink.ok:
                    raise sink.value
                for v in sink.value:
                    yield v

    # ---- stopping ----------------------------------------------------------

    def close(self):
        if self._state == _RUN:
            self._state = _CLOSE
            self._workers.stop_workers(False)

    def terminate(self):
        self._state = _TERMINATE
        self._workers.terminate()

    def join(self):
        if self._state == _RUN:
            raise ValueError("Pool is still running")
        if self._state == _CLOSE:
            self._workers.stop_workers(True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ThreadPool(Pool):
    # multiprocessing.pool.ThreadPool: the same API on threads.
    def __init__(self, processes=None, initializer=None, initargs=()):
        import multiprocessing
        if processes is None:
            processes = _t.cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._processes = processes
        self._state = _RUN
        self._workers = _minipy_pool.WorkerPool(processes, False, self._start_thread, multiprocessing.ProcessError,
                                                initializer, initargs)
        self._workers.fill()

    def _start_thread(self, target, args, index):
        import threading
        t = threading.Thread(target=target, args=args, name="Thread-" + str(index + 1), daemon=True)
        t.start()
        return t
