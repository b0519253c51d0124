# Benchmark: pyperformance's "deepcopy": copy.deepcopy of dicts and a dataclass. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_deepcopy/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; the original authors, where known, are credited below).
# The pyperf.Runner harness is replaced by a fixed number of calls, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
"""
Benchmark to measure performance of the python builtin method copy.deepcopy

Performance is tested on a nested dictionary and a dataclass

Author: Pieter Eendebak

"""
import copy
import sys
from dataclasses import dataclass

SMALL = sys.argv[1:] == ["small"]
LOOPS = 2 if SMALL else 200

@dataclass
class A:
    string : str
    lst : list
    boolean : bool


def benchmark(n):
    a = {'list': [1,2,3,43], 't': (1,2,3), 'str': 'hello', 'subdict': {'a': True}}
    dc = A('hello', [1,2,3], True)
    for ii in range(n):
        for jj in range(60):
            _ = copy.deepcopy(a)
        for s in ['red', 'blue', 'green']:
            dc.string = s
            for ii in range(10):
                dc.lst[0] = ii
                for b in [True, False]:
                    dc.boolean = b
                    _ = copy.deepcopy(dc)
    return copy.deepcopy(a), _


if __name__ == "__main__":
    a, dc = benchmark(LOOPS)
    print(a)
    print(dc)
