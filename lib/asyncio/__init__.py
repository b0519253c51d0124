# asyncio for minipy: one thread, one event loop, many tasks taking turns
# at their `await`s. Written for minipy (see the submodules); behaviour
# follows CPython 3.11's asyncio for the parts listed in README.

from asyncio.exceptions import CancelledError, InvalidStateError, QueueEmpty, QueueFull, TimeoutError
from asyncio import events
from asyncio.events import (AbstractEventLoop, BaseEventLoop, Handle, SelectorEventLoop, TimerHandle,
                            get_event_loop, get_running_loop, new_event_loop, set_event_loop)
from asyncio.futures import Future, isfuture, wrap_future
from asyncio.tasks import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, all_tasks, as_completed,
                           create_task, current_task, ensure_future, gather, iscoroutine, iscoroutinefunction,
                           shield, sleep, to_thread, wait, wait_for, run_coroutine_threadsafe)
from asyncio.locks import BoundedSemaphore, Condition, Event, Lock, Semaphore
from asyncio.queues import LifoQueue, PriorityQueue, Queue
from asyncio.runners import run, Runner
from asyncio.taskgroups import TaskGroup
from asyncio.timeouts import Timeout, timeout, timeout_at
