# contextlib: ExitStack (pop_all, push of managers, exceptions raised by callbacks,
# enter_context errors), contextmanager protocol errors and re-raised exceptions.
import io
import sys
from contextlib import contextmanager, redirect_stdout, ExitStack, suppress, nullcontext, AbstractContextManager

class Loud:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.swallow


with ExitStack() as outer:
    outer.enter_context(Loud("a"))
    kept = outer.pop_all()
    print("outer ends")
print("kept still pending")
kept.close()

try:
    with ExitStack() as st:
        st.callback(print, "first registered, runs last")
        st.push(Loud("pushed"))

        def fails(*exc):
            raise KeyError("from callback")
        st.push(fails)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)

with ExitStack() as st:
    st.push(Loud("swallower", swallow=True))
    st.push(lambda *exc: print("sees", exc[0].__name__))
    raise IndexError("gone")
print("swallowed by stack")

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError", e)


@contextmanager
def twice():
    yield 1
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        yield


try:
    with keeps_going():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e


try:
    with converts():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, repr(e.__cause__))


@contextmanager
def passthrough():
    yield


try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)

with suppress():
    pass
with suppress(ArithmeticError):
    1 / 0
print(isinstance(nullcontext(), AbstractContextManager), nullcontext().__enter__())
