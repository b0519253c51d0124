# typing as typeguard's test fixtures and a typing tutorial use it: ForwardRef
# strings, constrained/bound TypeVars, Protocol checks, aliases of
# builtin generics and collections.abc.Callable[[...], R].
import sys
from typing import AbstractSet, Collection, Dict, Generic, List, NamedTuple, NewType, TypeVar, Union, Protocol, runtime_checkable, Any, Literal, TypeAlias
from collections.abc import Sequence, Callable
T_Foo = TypeVar("T_Foo")
TBound = TypeVar("TBound", bound="Parent")
TConstrained = TypeVar("TConstrained", "Parent", int)
TTypingConstrained = TypeVar("TTypingConstrained", List[int], AbstractSet[str])
TIntCollection = TypeVar("TIntCollection", int, Collection[int])
class Employee(NamedTuple):
    name: str
    id: int
JSONType = Union[str, float, bool, None, List["JSONType"], Dict[str, "JSONType"]]
myint = NewType("myint", int)
class FooGeneric(Generic[T_Foo]):
    pass
class Parent:
    pass
class Child(Parent):
    def method(self, a: int) -> None:
        pass
class StaticProtocol(Protocol):
    def meth(self) -> None:
        ...
@runtime_checkable
class RuntimeProtocol(Protocol):
    member: int
    def meth(self) -> None:
        ...
class Impl:
    member = 1
    def meth(self): pass
print(JSONType)
print(TBound.__bound__, TConstrained.__constraints__, TTypingConstrained.__constraints__)
print(isinstance(Impl(), RuntimeProtocol), isinstance(Child(), RuntimeProtocol))
try:
    isinstance(Impl(), StaticProtocol)
except TypeError as e:
    print(e)
print(FooGeneric[int], FooGeneric[int]().__orig_class__, Employee("a", 1), myint(3))
Vector: TypeAlias = list[float]
new_vector: Vector = [1.0, -4.2, 5.4]
ConnectionOptions = dict[str, str]
Address = tuple[str, int]
Server = tuple[Address, ConnectionOptions]
def broadcast(message: str, servers: Sequence[Server]) -> None: ...
print(Server, broadcast.__annotations__)
def feeder(get_next_item: Callable[[], str]) -> None: ...
print(feeder.__annotations__, Literal["a"], Any)
