# contextlib: contextmanager (enter value, cleanup, exceptions thrown into the generator, suppression), suppress, closing, nullcontext, ExitStack order and suppression.
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    {}["k"]
print("after swallow")


@tag("deco")
def decorated():
    print("body")


decorated()
decorated()


with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print(v)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("x"))
    print("stack body")

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError("hidden")
print("exit stack suppressed")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
