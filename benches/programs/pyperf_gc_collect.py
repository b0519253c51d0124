# Benchmark: pyperformance's "gc_collect": how long gc.collect() takes to free many cycles. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_gc_collect/ (MIT License, Copyright (c) 2017 Python Software
# Foundation).
# The pyperf.Runner harness is replaced by a fixed number of loops, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.

import gc
import sys

SMALL = sys.argv[1:] == ["small"]
CYCLES = 20 if SMALL else 100
LINKS = 20
LOOPS = 3 if SMALL else 30


class Node:
    def __init__(self):
        self.edges = []


def link(n1, n2):
    n1.edges.append(n2)
    n2.edges.append(n1)


def create_cycle(node, n_links):
    """Create a cycle of n_links nodes, starting with node."""
    if n_links == 0:
        return
    current = node
    for i in range(n_links):
        next_node = Node()
        link(current, next_node)
        current = next_node
    link(current, node)


def create_gc_cycles(n_cycles, n_links):
    """Create n_cycles cycles n_links+1 nodes each."""
    cycles = []
    for _ in range(n_cycles):
        node = Node()
        cycles.append(node)
        create_cycle(node, n_links)
    return cycles


def benchmark_collection(loops, cycles, links):
    ok = 0
    for _ in range(loops):
        gc.collect()
        all_cycles = create_gc_cycles(cycles, links)
        del all_cycles
        collected = gc.collect()
        assert collected is None or collected >= cycles * (links + 1)
        ok += 1
    return ok


if __name__ == "__main__":
    print("gc_collect", benchmark_collection(LOOPS, CYCLES, LINKS), "loops collected")
