# Benchmark: pyperformance's "random": the random module's distributions. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_random/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; the original authors, where known, are credited below).
# The pyperf.Runner harness is replaced by a fixed number of calls, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
"""Test the performance of random module.

This benchmark was available as `python -m random --test` in Python 3.13.

Authors: Hugo van Kemenade (original), Semyon Moroz (pyperformance port).
(binomialvariate, new in Python 3.12, is left out: CPython 3.11 is the
reference.)
"""

import random
import sys

SMALL = sys.argv[1:] == ["small"]
LOOPS = 2000 if SMALL else 40000

BENCHMARKS = (
    # (func, args)
    (random.random, ()),
    (random.normalvariate, (0.0, 1.0)),
    (random.lognormvariate, (0.0, 1.0)),
    (random.vonmisesvariate, (0.0, 1.0)),
    (random.gammavariate, (0.01, 1.0)),
    (random.gammavariate, (0.1, 1.0)),
    (random.gammavariate, (0.1, 2.0)),
    (random.gammavariate, (0.5, 1.0)),
    (random.gammavariate, (0.9, 1.0)),
    (random.gammavariate, (1.0, 1.0)),
    (random.gammavariate, (2.0, 1.0)),
    (random.gammavariate, (20.0, 1.0)),
    (random.gammavariate, (200.0, 1.0)),
    (random.gauss, (0.0, 1.0)),
    (random.betavariate, (3.0, 3.0)),
    (random.triangular, (0.0, 1.0, 1.0 / 3.0)),
)


def bench_func(func, args, loops):
    total = 0.0
    for _ in range(loops):
        total += func(*args)
    return total


if __name__ == "__main__":
    random.seed(2026)
    for func, args in BENCHMARKS:
        name = f"random.{func.__name__}{args!r}"
        print(name, round(bench_func(func, args, LOOPS), 6))
