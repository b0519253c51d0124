# Benchmark: pyperformance's "async_generators": recursive async generators
# walking a binary tree (author Kumar Aditya).
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_async_generators/ (MIT License, Copyright (c) 2017 Python
# Software Foundation).
# The pyperf.Runner harness is replaced by one asyncio.run; the program
# prints a checksum so its output can be compared with CPython's. Run with
# the argument `small`, it does the same work at a small size: that is how
# the CPython-diff tests (group `pyperf`) run it.

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator

SMALL = sys.argv[1:] == ["small"]
SIZE = 2000 if SMALL else 100000


class Tree:
    def __init__(self, left: Tree | None, value: int, right: Tree | None) -> None:
        self.left = left
        self.value = value
        self.right = right

    async def __aiter__(self) -> AsyncIterator[int]:
        if self.left:
            async for i in self.left:
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i


def tree(input: range) -> Tree | None:
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))


async def bench_async_generators() -> int:
    total = 0
    count = 0
    async for value in tree(range(SIZE)):
        total += value
        count += 1
    return total * 1000003 + count


print(asyncio.run(bench_async_generators()))
