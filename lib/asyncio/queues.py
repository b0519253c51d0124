# Queues between tasks: put() waits while the queue is full, get() while
# it is empty; task_done()/join() count unfinished items.

import heapq
from _collections import deque
from asyncio import events
from asyncio.exceptions import QueueEmpty, QueueFull
from asyncio.locks import Event, _tracing


def _wake_next(waiters):
    while waiters:
        waiter = waiters.popleft()
        if not waiter.done():
            waiter.set_result(None)
            break


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    # CPython's forms: repr() has the address, str() (what print shows) not.
    def __repr__(self):
        return "<" + type(self).__name__ + " at 0x" + format(id(self), "x") + " " + self._format() + ">"

    def __str__(self):
        return "<" + type(self).__name__ + " " + self._format() + ">"

    def _format(self):
        result = "maxsize=" + repr(self._maxsize)
        if self._queue:
            result += " _queue=" + repr(list(self._queue))
        if self._getters:
            result += " _getters[" + str(len(self._getters)) + "]"
        if self._putters:
            result += " _putters[" + str(len(self._putters)) + "]"
        if self._unfinished_tasks:
            result += " tasks=" + str(self._unfinished_tasks)
        return result

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def _park(self, waiters, still_waiting):
        while still_waiting():
            waiter = events.get_running_loop().create_future()
            if _tracing:
                method = "get()" if waiters is self._getters else "put()"
                waiter._trace_what = type(self).__name__ + "." + method
            waiters.append(waiter)
            try:
                await waiter
            except BaseException:
                waiter.cancel()
                if waiter in waiters:
                    waiters.remove(waiter)
                if not still_waiting() and not waiter.cancelled():
                    # Our wake-up was not used: hand it to the next in line.
                    _wake_next(waiters)
                raise

    async def put(self, item):
        await self._park(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_next(self._getters)

    async def get(self):
        await self._park(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
