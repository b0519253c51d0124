# Benchmark: pyperformance's "typing_runtime_protocols": isinstance() checks
# against runtime-checkable typing.Protocol classes. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_typing_runtime_protocols/ (MIT License, Copyright (c) 2017
# Python Software Foundation).
# The pyperf.Runner harness is replaced by a fixed number of loops, and
# the program prints which checks were true so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
#
# The situations exercise different paths of the protocol instance check:
# a class that inherits from the protocol, one that fulfils it with
# instance attributes, with class attributes, and with properties; and
# protocols with callable and non-callable members.

import sys
from typing import Protocol, runtime_checkable

SMALL = sys.argv[1:] == ["small"]
LOOPS = 200 if SMALL else 4000


@runtime_checkable
class HasX(Protocol):
    """A runtime-checkable protocol with a single non-callable member"""
    x: int

@runtime_checkable
class HasManyAttributes(Protocol):
    """A runtime-checkable protocol with many non-callable members"""
    a: int
    b: int
    c: int
    d: int
    e: int

@runtime_checkable
class SupportsInt(Protocol):
    """A runtime-checkable protocol with a single callable member"""
    def __int__(self) -> int: ...

@runtime_checkable
class SupportsManyMethods(Protocol):
    """A runtime-checkable protocol with many callable members"""
    def one(self) -> int: ...
    def two(self) -> str: ...
    def three(self) -> bytes: ...
    def four(self) -> memoryview: ...
    def five(self) -> bytearray: ...

@runtime_checkable
class SupportsIntAndX(Protocol):
    """A runtime-checkable protocol with a mix of callable and non-callable members"""
    x: int
    def __int__(self) -> int: ...


class Empty:
    """Empty class with no attributes"""

class PropertyX:
    """Class with a property x"""
    @property
    def x(self) -> int: return 42

class HasIntMethod:
    """Class with an __int__ method"""
    def __int__(self): return 42

class HasManyMethods:
    """Class with many methods"""
    def one(self): return 42
    def two(self): return "42"
    def three(self): return b"42"
    def four(self): return memoryview(b"42")
    def five(self): return bytearray(b"42")

class PropertyXWithInt:
    """Class with a property x and an __int__ method"""
    @property
    def x(self) -> int: return 42
    def __int__(self): return 42

class ClassVarX:
    """Class with a ClassVar x"""
    x = 42

class ClassVarXWithInt:
    """Class with a ClassVar x and an __int__ method"""
    x = 42
    def __int__(self): return 42

class InstanceVarX:
    """Class with an instance var x"""
    def __init__(self):
        self.x = 42

class ManyInstanceVars:
    """Class with many instance vars"""
    def __init__(self):
        for attr in 'abcde':
            setattr(self, attr, 42)

class InstanceVarXWithInt:
    """Class with an instance var x and an __int__ method"""
    def __init__(self):
        self.x = 42
    def __int__(self):
        return 42

class NominalX(HasX):
    """Class that explicitly subclasses HasX"""
    def __init__(self):
        self.x = 42

class NominalSupportsInt(SupportsInt):
    """Class that explicitly subclasses SupportsInt"""
    def __int__(self):
        return 42

class NominalXWithInt(SupportsIntAndX):
    """Class that explicitly subclasses NominalXWithInt"""
    def __init__(self):
        self.x = 42


def bench_protocols(loops):
    instances = {
        obj: obj()
        for obj in globals().values()
        if isinstance(obj, type) and not getattr(obj, "_is_protocol", False)
    }
    trues = {}

    def check(classes, protocol):
        for cls in classes:
            instance = instances[cls]
            hits = 0
            for _ in range(loops):
                hits += isinstance(instance, protocol)
            trues[f"{cls.__name__} is {protocol.__name__}"] = hits

    check((Empty, PropertyX, InstanceVarX, NominalX), HasX)
    check((Empty, ManyInstanceVars), HasManyAttributes)
    check((Empty, HasIntMethod, NominalSupportsInt), SupportsInt)
    check((Empty, HasManyMethods), SupportsManyMethods)
    check((Empty, PropertyXWithInt, InstanceVarXWithInt, NominalXWithInt), SupportsIntAndX)
    return trues


if __name__ == "__main__":
    for check, hits in bench_protocols(LOOPS).items():
        print(f"{check}: {hits}/{LOOPS}")
