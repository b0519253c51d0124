# Benchmark: pyperformance's "decimal_factorial": factorial by binary splitting with the decimal module. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_decimal_factorial/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; the original authors, where known, are credited below).
# The pyperf.Runner harness is replaced by a fixed number of calls, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
"""
Calculate `factorial` using the decimal module.

- 2024-06-14: Michael Droettboom copied this from
  Modules/_decimal/tests/bench.py in the CPython source and adapted to use
  pyperf.
- 2026-02-22: Sergey B Kirpichev adapted context settings and tested
  values to support also pure-Python decimal module.
(Here both interpreters take the pure-Python settings, so that they do
the same work: minipy's decimal is written in Python.)
"""

# Original copyright notice in CPython source:

#
# Copyright (C) 2001-2012 Python Software Foundation. All Rights Reserved.
# Modified and extended by Stefan Krah.
#

import decimal
import sys

SMALL = sys.argv[1:] == ["small"]


def factorial(n, m):
    if n > m:
        return factorial(m, n)
    elif m == 0:
        return 1
    elif n == m:
        return n
    else:
        return factorial(n, (n + m) // 2) * factorial((n + m) // 2 + 1, m)


def bench_decimal_factorial():
    c = decimal.getcontext()
    c.prec = 20000  # Should be enough to hold largest factorial exactly.
    data = [100, 500] if SMALL else [1000, 5000]
    results = []
    for n in data:
        results.append(factorial(decimal.Decimal(n), 0))
    return results


if __name__ == "__main__":
    for value in bench_decimal_factorial():
        digits = str(value)
        print(len(digits), digits[:20], digits[-20:].rstrip("0") or "0")
