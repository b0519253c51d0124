"""Async generator objects (`async def` with `yield`). The interpreter runs
the body as a plain generator whose own `yield`s come out wrapped in
_Wrapped, while the values its `await`s pass to the event loop come out
bare; the awaitables here tell the two apart."""


class _Wrapped:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class async_generator:
    def __init__(self, gen, qualname):
        self._gen = gen
        self.__qualname__ = qualname
        self.__name__ = qualname.rsplit(".", 1)[-1]
        self._finished = False
        self._running = False

    def __repr__(self):
        return "<async_generator object %s at %#x>" % (self.__qualname__, id(self))

    def __aiter__(self):
        return self

    def __anext__(self):
        return _AsyncGenStep(self, "send", None)

    def asend(self, value):
        return _AsyncGenStep(self, "send", value)

    def athrow(self, typ, val=None, tb=None):
        return _AsyncGenStep(self, "throw", typ if val is None else val)

    def aclose(self):
        return _AsyncGenStep(self, "close", None)

    @property
    def ag_running(self):
        return self._running


class _AsyncGenStep:
    """The awaitable of one __anext__/asend/athrow/aclose: it drives the
    generator until it yields a value of its own."""

    def __init__(self, agen, action, arg):
        self._agen = agen
        self._action = action
        self._arg = arg
        self._started = False

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        agen = self._agen
        if not self._started:
            self._started = True
            if agen._finished:
                if self._action == "close":
                    raise StopIteration(None)
                if self._action == "throw":
                    raise self._arg
                raise StopAsyncIteration
            if self._action == "throw":
                return self._step(agen._gen.throw, self._arg)
            if self._action == "close":
                return self._step(agen._gen.throw, GeneratorExit())
            value = self._arg
        return self._step(agen._gen.send, value)

    def throw(self, typ, val=None, tb=None):
        return self._step(self._agen._gen.throw, typ if val is None else val)

    def close(self):
        pass

    def _step(self, resume, arg):
        agen = self._agen
        agen._running = True
        try:
            result = resume(arg)
        except StopIteration:
            agen._finished = True
            if self._action == "close":
                raise StopIteration(None) from None
            raise StopAsyncIteration from None
        except GeneratorExit:
            agen._finished = True
            if self._action == "close":
                raise StopIteration(None) from None
            raise
        except BaseException:
            agen._finished = True
            raise
        finally:
            agen._running = False
        if type(result) is _Wrapped:
            if self._action == "close":
                raise RuntimeError("async generator ignored GeneratorExit")
            raise StopIteration(result.value)
        return result
