# Benchmark: pyperformance's "coroutines": recursive coroutines. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_coroutines/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; the original authors, where known, are credited below).
# The pyperf.Runner harness is replaced by a fixed number of calls, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
"""
Benchmark for recursive coroutines.

Author: Kumar Aditya
"""

import sys

SMALL = sys.argv[1:] == ["small"]
LOOPS = 1 if SMALL else 4
FIB_N = 15 if SMALL else 25


async def fibonacci(n: int) -> int:
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def bench_coroutines(loops: int) -> int:
    for _ in range(loops):
        coro = fibonacci(FIB_N)
        try:
            while True:
                coro.send(None)
        except StopIteration as e:
            result = e.value
    return result


if __name__ == "__main__":
    print("coroutines", bench_coroutines(LOOPS))
