# minipy's queue module: a thin Python layer over the native queue, which
# is a kernel object shared by every thread (and copied between processes).

import _minipy_thread as _t

Empty = _t.Empty
Full = _t.Full


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._h = _t.queue_new(maxsize, False)

    def put(self, item, block=True, timeout=None):
        _t.queue_put(self._h, item, block, timeout)

    def get(self, block=True, timeout=None):
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


class SimpleQueue(Queue):
    def __init__(self):
        Queue.__init__(self, 0)
