# typing as real programs use it: runtime_checkable Protocol, Generic[T]
# containers, NamedTuple with defaults, Final/Literal annotations, PEP 563.
from __future__ import annotations
from typing import Protocol, runtime_checkable, TypeVar, Generic, Optional, List, Dict, Callable, Iterator, Any, Union, NamedTuple, get_type_hints, Final, ClassVar, Literal, Sequence

T = TypeVar("T")

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class File:
    def close(self) -> None:
        print("closed")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None

def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)

class Employee(NamedTuple):
    name: str
    id: int = 3

s: Stack[int] = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), first([5, 6]), first([]), apply(lambda v: v * 2, 4))
print(isinstance(File(), Closer), isinstance(3, Closer))
e = Employee("Guido")
print(e, e.name, e._replace(id=5), Employee._fields)
print(get_type_hints(first), get_type_hints(Employee))
MAX: Final = 10
mode: Literal["r", "w"] = "r"
print(MAX, mode, Stack.__parameters__, Stack[int])
try:
    class Bad(Protocol):
        def x(self): ...
    isinstance(1, Bad)
except TypeError as err:
    print(err)
