# concurrent.futures: run calls on a pool of threads or processes and wait
# for their results through Future objects (minipy's own implementation; the
# pools are in _minipy_pool, shared with multiprocessing.Pool).

from concurrent.futures._base import (
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
    CancelledError,
    TimeoutError,
    InvalidStateError,
    BrokenExecutor,
    Future,
    Executor,
    wait,
    as_completed,
)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor
