"""Heap queue algorithm (a.k.a. priority queue), CPython 3.11's heapq for minipy.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k. Only `<` is used to compare
items, and the sift steps are the ones CPython performs, so a heap built here has the same layout.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _require_list(heap, func, which='argument 1'):
    if type(heap) is not list and not isinstance(heap, list):
        raise TypeError('%s() %s must be list, not %s' % (func, which, type(heap).__name__))


def _siftdown(heap, startpos, pos):
    # Move the item at pos up towards startpos while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Bubble the smaller child up until a leaf is reached, then sift the item down into place: fewer
    # comparisons than stopping early, and the layout CPython produces.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    _require_list(heap, 'heappush')
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    _require_list(heap, 'heappop', 'argument')
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    _require_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    _require_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    _require_list(x, 'heapify', 'argument')
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


# Max-heap variants, used by merge(reverse=True) (CPython has them as private helpers too).

def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


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
