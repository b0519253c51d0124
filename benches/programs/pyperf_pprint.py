# Benchmark: pyperformance's "pprint": PrettyPrinter.pformat and _safe_repr of a long list. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_pprint/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; the original authors, where known, are credited below).
# The pyperf.Runner harness is replaced by a fixed number of calls, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
"""Test the performance of pprint.PrettyPrinter.

This benchmark was available as `python -m pprint` until Python 3.12.

Authors: Fred Drake (original), Oleg Iarygin (pyperformance port).
"""

import sys
from pprint import PrettyPrinter


SMALL = sys.argv[1:] == ["small"]
ITEMS = 50 if SMALL else 30_000

printable = [('string', (1, 2), [3, 4], {5: 6, 7: 8})] * ITEMS
p = PrettyPrinter()


if __name__ == '__main__':
    if hasattr(p, '_safe_repr'):
        r = p._safe_repr(printable, {}, None, 0)
        print(len(r[0]), r[1:], r[0][:80])
    text = p.pformat(printable)
    print(len(text), text[:120])
    print(text[-80:])
