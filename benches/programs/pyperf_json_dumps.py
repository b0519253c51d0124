# Benchmark: pyperformance's "json_dumps": json.dumps of small and nested objects. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_json_dumps/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; the original authors, where known, are credited below).
# The pyperf.Runner harness is replaced by a fixed number of calls, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
import json
import sys


SMALL = sys.argv[1:] == ["small"]
# How many times each case is dumped per loop: the HUGE case's size too.
REPEAT = 10 if SMALL else 1000
LOOPS = 1 if SMALL else 15

EMPTY = ({}, 2 * REPEAT)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo',
               'key5': 'string'}
SIMPLE = (SIMPLE_DATA, REPEAT)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0],
               'key5': SIMPLE[0], 'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, REPEAT)
HUGE = ([NESTED[0]] * REPEAT, 1)

CASES = ['EMPTY', 'SIMPLE', 'NESTED', 'HUGE']


def bench_json_dumps(data):
    total = 0
    for obj, count_it in data:
        for _ in count_it:
            total += len(json.dumps(obj))
    return total


def main():
    cases = CASES
    data = []
    for case in cases:
        obj, count = globals()[case]
        data.append((obj, range(count)))

    for _ in range(LOOPS):
        total = bench_json_dumps(data)
    print("json_dumps", total)
    print(json.dumps(NESTED_DATA))


if __name__ == '__main__':
    main()
