# ProcessPoolExecutor: a pool of multiprocessing.Process workers, isolated
# interpreters in every mode. A task's function, arguments and result are
# deep-copied messages; a function defined at the top of the main program
# travels by name (the worker holds a copy of the program's globals).

import _minipy_thread as _t
import multiprocessing as _mp
import _minipy_pool
from concurrent.futures._base import Executor, Future, BrokenExecutor, _PoolExecutor
import threading as _threading


class BrokenProcessPool(BrokenExecutor):
    pass


class _RemoteTraceback(Exception):
    # The cause of an error re-raised from a worker: its traceback there.
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _chunks(iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = []
        for item in it:
            chunk.append(item)
            if len(chunk) == chunksize:
                break
        if not chunk:
            return
        yield chunk


class ProcessPoolExecutor(_PoolExecutor):
    _broken = BrokenProcessPool

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _t.cpu_count()
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._shutdown = False
        self._pool = _minipy_pool.WorkerPool(max_workers, True, self._start_worker, BrokenProcessPool,
                                             initializer, initargs, max_tasks_per_child, _RemoteTraceback)
        _threading._register_atexit(self._exit_hook)

    def _start_worker(self, target, args, index):
        p = _mp.Process(target=target, args=args, name=_mp._next_name("ForkProcess"))
        p.start()
        return p

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if chunksize == 1:
            return Executor.map(self, fn, *iterables, timeout=timeout)
        fs = []
        for chunk in _chunks(iterables, chunksize):
            f = Future()
            f._pool = self._pool
            f._task = self._pool.submit(f, fn, chunk, None, _minipy_pool._CHUNK)
            fs.append(f)
        return _flatten(_chunk_results(fs, timeout))



def _chunk_results(fs, timeout):
    from concurrent.futures._base import _deadline, _in_order
    return _in_order(fs, _deadline(timeout))


def _flatten(chunks):
    for chunk in chunks:
        chunk.reverse()
        while chunk:
            yield chunk.pop()
