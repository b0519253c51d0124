# functools.singledispatch.register reads string annotations (from
# `from __future__ import annotations`) and union types, as CPython 3.11.
from __future__ import annotations

import functools
import typing


@functools.singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register
def _(x: float | complex):
    return f"number {x}"


@show.register(str | bytes)
def _(x):
    return f"text {x!r}"


@show.register
def _(x: typing.Union[list, tuple]):
    return f"sequence of {len(x)}"


for value in (1, 2.5, 3j, "s", b"b", [1, 2], (1,), {1}, True):
    print(show(value))

try:
    @show.register
    def _(x: "NotDefinedAnywhere"):
        pass
except NameError as e:
    print("NameError:", e)

try:
    @show.register
    def _(x: int | list[int]):
        pass
except TypeError as e:
    print("TypeError:", e)
