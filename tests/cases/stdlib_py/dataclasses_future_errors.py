from __future__ import annotations
import dataclasses
import typing
from dataclasses import dataclass, field
from typing import ClassVar

@dataclass
class Cfg:
    name: str
    retries: int = 3
    registry: ClassVar[dict] = {}
    other: typing.ClassVar[int] = 5
    opts: dict = field(default_factory=dict)
    hidden: int = field(default=0, init=False)

c = Cfg('a')
print(c, [f.name for f in dataclasses.fields(Cfg)], [f.type for f in dataclasses.fields(Cfg)])
print(Cfg.registry, Cfg.other, c.hidden)
try:
    dataclasses.replace(c, hidden=1)
except ValueError as e:
    print(e)
try:
    @dataclass
    class B:
        x: int = field(default=1, default_factory=int)
except ValueError as e:
    print(e)
try:
    @dataclass
    class F:
        a: int
    @dataclass(frozen=True)
    class G(F):
        b: int
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class P:
    x: int
try:
    del P(1).x
except dataclasses.FrozenInstanceError as e:
    print(e)
try:
    Cfg('a', 1, {}, 4)
except TypeError as e:
    print(e)
try:
    Cfg(nam='x')
except TypeError as e:
    print(e)
print(Cfg('b') != Cfg('c'), Cfg('b', opts={1: 2}))
D = dataclasses.make_dataclass('D', [('x', int), ('y', int, field(default=5))])
print(D(1), D(1, 2) == D(1, 2))
