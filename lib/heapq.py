"""Heap queue algorithm (a.k.a. priority queue), CPython 3.11's heapq for minipy.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k. Only `<` is used to compare
items, and the sift steps are the ones CPython performs, so a heap built here has the same layout.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


# The heap operations are native, as in CPython: the same comparisons in the same order.
from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify,
                    _heappop_max, _heapreplace_max, _heapify_max)


def merge(*iterables, key=None, reverse=False):
    # Each heap entry is [sort key, tie-break order, value, iterator]: the order makes entries unique, so the
    # values and iterators are never compared, and equal keys come out in the order of their iterables.
    if reverse:
        direction = -1
        pop_fix = _heapreplace_max
        pop_last = _heappop_max
        build = _heapify_max
    else:
        direction = 1
        pop_fix = heapreplace
        pop_last = heappop
        build = heapify
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), order * direction, value, it])
            break
    build(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            pop_fix(entries, entry)
            break
        else:
            pop_last(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            yield value


def _n_best(n, iterable, key, reverse):
    # Stable like sorted(iterable, key=key, reverse=reverse)[:n]: keep a buffer, and whenever it holds 2n
    # items sort it (a stable sort keeps earlier items first among equals) and drop all but the best n.
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if reverse:
            result = max(it, default=sentinel, key=key)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    buffer = []
    limit = 2 * n
    for item in iterable:
        buffer.append(item)
        if len(buffer) >= limit:
            buffer.sort(key=key, reverse=reverse)
            del buffer[n:]
    buffer.sort(key=key, reverse=reverse)
    del buffer[n:]
    return buffer


def nsmallest(n, iterable, key=None):
    return _n_best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _n_best(n, iterable, key, True)
