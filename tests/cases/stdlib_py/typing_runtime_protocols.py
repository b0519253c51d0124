# typing: runtime_checkable protocols (data and method members) against
# classes with properties, class and instance attributes, and built-ins.
from typing import Protocol, runtime_checkable

@runtime_checkable
class HasX(Protocol):
    x: int

@runtime_checkable
class HasABC(Protocol):
    a: int
    b: int
    c: int

@runtime_checkable
class SupportsInt(Protocol):
    def __int__(self) -> int: ...

@runtime_checkable
class Methods(Protocol):
    def one(self) -> int: ...
    def two(self) -> str: ...

@runtime_checkable
class IntAndX(Protocol):
    x: int
    def __int__(self) -> int: ...

class Empty: pass
class PropX:
    @property
    def x(self): return 42
class WithInt:
    def __int__(self): return 42
class WithMethods:
    def one(self): return 1
    def two(self): return "2"
class ClassVarX:
    x = 42
class InstX:
    def __init__(self): self.x = 42
class ManyVars:
    def __init__(self):
        for attr in "abc":
            setattr(self, attr, 1)
class PropXInt(PropX, WithInt): pass
class NominalX(HasX):
    def __init__(self): self.x = 1
class NominalInt(SupportsInt):
    def __int__(self): return 1

for proto in (HasX, HasABC, SupportsInt, Methods, IntAndX):
    row = [cls.__name__ for cls in (Empty, PropX, WithInt, WithMethods, ClassVarX, InstX, ManyVars, PropXInt, NominalX, NominalInt)
           if isinstance(cls(), proto)]
    print(proto.__name__, row)
print(isinstance(3, SupportsInt), isinstance("s", SupportsInt), issubclass(WithInt, SupportsInt), issubclass(Empty, SupportsInt))
