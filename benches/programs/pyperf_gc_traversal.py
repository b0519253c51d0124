# Benchmark: pyperformance's "gc_traversal": how long gc.collect() takes to
# walk a large graph of live containers that are not garbage. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_gc_traversal/ (MIT License, Copyright (c) 2017 Python Software
# Foundation).
# The pyperf.Runner harness is replaced by a fixed number of loops, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.

import gc
import sys

SMALL = sys.argv[1:] == ["small"]
N_LEVELS = 200 if SMALL else 1000
LOOPS = 3 if SMALL else 20


def create_recursive_containers(n_levels):
    current_list = []
    for n in range(n_levels):
        new_list = [None] * n
        for index in range(n):
            new_list[index] = current_list
        current_list = new_list
    return current_list


def benchmark_collection(loops, n_levels):
    all_cycles = create_recursive_containers(n_levels)
    nothing = 0
    for _ in range(loops):
        gc.collect()
        collected = gc.collect()
        assert collected == 0
        nothing += collected == 0
    return nothing, len(all_cycles)


if __name__ == "__main__":
    print("gc_traversal", benchmark_collection(LOOPS, N_LEVELS), "collections found nothing")
