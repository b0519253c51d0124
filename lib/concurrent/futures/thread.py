# ThreadPoolExecutor: a pool of threading.Thread workers (in process mode
# each is an isolated interpreter, so tasks and results are copied).

import _minipy_thread as _t
import threading as _threading
import _minipy_pool
from concurrent.futures._base import BrokenExecutor, _PoolExecutor

_counter = 0


class BrokenThreadPool(BrokenExecutor):
    pass


class ThreadPoolExecutor(_PoolExecutor):
    _broken = BrokenThreadPool

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

