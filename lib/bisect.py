"""Bisection algorithms for minipy: binary search in sorted sequences, and sorted insertion."""


def _position(seq, x, lo, hi, key, past_equal):
    """Where x belongs in the sorted slice seq[lo:hi]: before any equal items, or after them when
    past_equal is set. Comparisons use < only, with the same operands CPython's bisect uses."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(seq)
    while hi > lo:
        centre = (lo + hi) // 2
        probe = seq[centre] if key is None else key(seq[centre])
        if past_equal:
            goes_before = x < probe
        else:
            goes_before = not (probe < x)
        if goes_before:
            hi = centre
        else:
            lo = centre + 1
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    return _position(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    return _position(a, x, lo, hi, key, False)


def _insert(a, x, lo, hi, key, past_equal):
    # With a key, the search compares key(x) against the keys of the items.
    target = x if key is None else key(x)
    index = _position(a, target, lo, hi, key, past_equal)
    a.insert(index, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    _insert(a, x, lo, hi, key, True)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    _insert(a, x, lo, hi, key, False)


bisect = bisect_right
insort = insort_right
