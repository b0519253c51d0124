# ThreadPoolExecutor: a pool of threading.Thread workers (in process mode
# each is an isolated interpreter, so tasks and results are copied).

import _minipy_thread as _t
import threading as _threading
import _minipy_pool
from concurrent.futures._base import Executor, Future, BrokenExecutor

_counter = 0


class BrokenThreadPool(BrokenExecutor):
    pass


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        global _counter
        if max_workers is None:
            max_workers = min(32, _t.cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-" + str(_counter)
            _counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._shutdown = False
        self._pool = _minipy_pool.WorkerPool(max_workers, False, self._start_worker, BrokenThreadPool,
                                             initializer, initargs)
        _threading._register_atexit(self._exit_hook)

    def _start_worker(self, target, args, index):
        t = _threading.Thread(target=target, args=args, name=self._thread_name_prefix + "_" + str(index))
        t.start()
        return t

    def _exit_hook(self):
        self.shutdown(wait=True)

    def submit(self, fn, /, *args, **kwargs):
        if self._pool.broken is not None:
            raise BrokenThreadPool(self._pool.broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        f._pool = self._pool
        f._task = self._pool.submit(f, fn, args, kwargs)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for task in list(self._pool.pending.values()):
                task.sink.cancel()
        self._pool.stop_workers(wait)
