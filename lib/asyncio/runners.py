# asyncio.run(): a fresh loop for one main coroutine; at the end every task
# still pending is cancelled and waited for, and the default executor shut
# down, before the loop is closed.

from asyncio import events, tasks


def _cancel_all_tasks(loop):
    pending = [t for t in loop._tasks if not t.done()]
    if not pending:
        return
    for t in pending:
        t.cancel()
    loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
    for t in pending:
        if t.cancelled():
            continue
        if t.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": t.exception(),
            })


class Runner:
    def __init__(self, *, debug=None, loop_factory=None):
        self._loop_factory = loop_factory
        self._loop = None

    def __enter__(self):
        self.get_loop()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def get_loop(self):
        if self._loop is None:
            factory = self._loop_factory or events.new_event_loop
            self._loop = factory()
            events.set_event_loop(self._loop)
        return self._loop

    def run(self, coro, *, context=None):
        if not tasks.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got " + repr(coro))
        if events._get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        return self.get_loop().run_until_complete(coro)

    def close(self):
        loop = self._loop
        if loop is None:
            return
        try:
            _cancel_all_tasks(loop)
            loop._shutdown_default_executor()
        finally:
            events.set_event_loop(None)
            loop.close()
            self._loop = None


def run(main, *, debug=None):
    if events._get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not tasks.iscoroutine(main):
        raise ValueError("a coroutine was expected, got " + repr(main))
    with Runner(debug=debug) as runner:
        return runner.run(main)
