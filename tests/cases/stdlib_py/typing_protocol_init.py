# A Protocol class cannot be instantiated; a concrete subclass gets its own
# (or object's) __init__.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class P2(Closer, Protocol):
    def other(self): ...


for proto in (Closer, P2):
    try:
        proto()
    except TypeError as e:
        print(e)


class Impl(Closer):
    def __init__(self, n):
        self.n = n

    def close(self):
        return "closed"


class Impl2(Closer):
    pass


class Impl3(Impl):
    pass


print(Impl(3).n, Impl(4).close(), type(Impl2()).__name__, isinstance(Impl2(), Closer), Impl3(5).n)
try:
    Impl2(1)
except TypeError as e:
    print(e)
