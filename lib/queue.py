# minipy's queue module: a thin Python layer over the native queue, which
# is a kernel object shared by every thread (and copied between processes).

import _minipy_thread as _t
import _minipy_mp as _mp

Empty = _t.Empty
Full = _t.Full



def _check_timeout(timeout):
    # None means wait for ever; a negative wait is an error, as in CPython.
    if timeout is None or timeout >= 0:
        return
    raise ValueError("'timeout' must be a non-negative number")

class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._h = _t.queue_new(maxsize, False)

    def put(self, item, block=True, timeout=None):
        _check_timeout(timeout)
        _t.queue_put(self._h, item, block, timeout)

    def get(self, block=True, timeout=None):
        _check_timeout(timeout)
        return _t.queue_get(self._h, block, timeout)

    def put_nowait(self, item):
        self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _t.queue_qsize(self._h)

    def empty(self):
        return _t.queue_qsize(self._h) == 0

    def full(self):
        return 0 < self.maxsize <= _t.queue_qsize(self._h)

    def task_done(self):
        _t.queue_task_done(self._h)

    def join(self):
        _t.queue_join(self._h)


class LifoQueue(Queue):
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._h = _mp.lifo_queue_new(maxsize)


class SimpleQueue:
    def __init__(self):
        self._h = _t.queue_new(0, False)

    def put(self, item, block=True, timeout=None):
        _t.queue_put(self._h, item, True, None)

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        _check_timeout(timeout)
        return _t.queue_get(self._h, block, timeout)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _t.queue_qsize(self._h)

    def empty(self):
        return _t.queue_qsize(self._h) == 0


class PriorityQueue(Queue):
    # A heap kept in Python under a condition variable: it orders items by
    # comparing them, which only the owning interpreter can do, so unlike
    # the other queues it is not shared between isolated interpreters.
    def __init__(self, maxsize=0):
        import threading
        self.maxsize = maxsize
        self._heap = []
        self._unfinished = 0
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)
        self._not_full = threading.Condition(self._mutex)
        self._all_done = threading.Condition(self._mutex)

    def put(self, item, block=True, timeout=None):
        with self._not_full:
            if self.maxsize > 0:
                if not block:
                    if len(self._heap) >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while len(self._heap) >= self.maxsize:
                        self._not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    import time
                    end = time.monotonic() + timeout
                    while len(self._heap) >= self.maxsize:
                        remaining = end - time.monotonic()
                        if remaining <= 0.0:
                            raise Full
                        self._not_full.wait(remaining)
            _heappush(self._heap, item)
            self._unfinished += 1
            self._not_empty.notify()

    def get(self, block=True, timeout=None):
        with self._not_empty:
            if not block:
                if not self._heap:
                    raise Empty
            elif timeout is None:
                while not self._heap:
                    self._not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                import time
                end = time.monotonic() + timeout
                while not self._heap:
                    remaining = end - time.monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self._not_empty.wait(remaining)
            item = _heappop(self._heap)
            self._not_full.notify()
            return item

    def qsize(self):
        with self._mutex:
            return len(self._heap)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return 0 < self.maxsize <= self.qsize()

    def task_done(self):
        with self._all_done:
            unfinished = self._unfinished - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError("task_done() called too many times")
                self._all_done.notify_all()
            self._unfinished = unfinished

    def join(self):
        with self._all_done:
            while self._unfinished:
                self._all_done.wait()


def _heappush(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[i] < heap[parent]:
            heap[i], heap[parent] = heap[parent], heap[i]
            i = parent
        else:
            break


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    n = len(heap)
    i = 0
    while True:
        left = 2 * i + 1
        if left >= n:
            break
        child = left
        if left + 1 < n and heap[left + 1] < heap[left]:
            child = left + 1
        if heap[child] < heap[i]:
            heap[i], heap[child] = heap[child], heap[i]
            i = child
        else:
            break
    return top
