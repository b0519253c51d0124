"""Functional tools for creating and using iterators (CPython 3.11's itertools, written for minipy).

Every tool is a class, as in CPython, so `type(it)`, `isinstance` and the reprs of `count` and `repeat`
match; most delegate their work to a private generator, which is the cheapest way to keep state in minipy.
"""

import _itertools

# count, chain and islice are native, as in CPython.
from _itertools import count, chain, islice

_MARKER = object()


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


class cycle:

    def __init__(self, iterable):
        self._it = _cycle(iter(iterable))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class repeat:

    def __init__(self, object, times=_MARKER):
        self._object = object
        if times is _MARKER:
            self._times = None
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times == 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


def _accumulate(it, func, initial):
    total = initial
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class accumulate:

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = _accumulate(iter(iterable), func, initial)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _compress(data, selectors):
    for element, selector in zip(data, selectors):
        if selector:
            yield element


class compress:

    def __init__(self, data, selectors):
        self._it = _compress(iter(data), iter(selectors))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _dropwhile(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    for element in it:
        yield element


class dropwhile:

    def __init__(self, predicate, iterable):
        self._it = _dropwhile(predicate, iter(iterable))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _takewhile(predicate, it):
    for element in it:
        if predicate(element):
            yield element
        else:
            return


class takewhile:

    def __init__(self, predicate, iterable):
        self._it = _takewhile(predicate, iter(iterable))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _filterfalse(function, it):
    if function is None:
        for element in it:
            if not element:
                yield element
    else:
        for element in it:
            if not function(element):
                yield element


class filterfalse:

    def __init__(self, function, iterable):
        self._it = _filterfalse(function, iter(iterable))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class groupby:

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MARKER
        self._currkey = _MARKER
        self._currvalue = _MARKER
        # A new token per group: a _grouper whose token is no longer current is exhausted.
        self._token = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._token = object()
        while True:
            if self._currkey is _MARKER:
                pass
            elif self._tgtkey is _MARKER:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey
        self._token = parent._token

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._token is not self._token:
            raise StopIteration
        if parent._currvalue is _MARKER:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MARKER
        parent._currkey = _MARKER
        return value


_grouper.__module__ = 'itertools'


def _pairwise(it):
    for previous in it:
        break
    else:
        return
    for element in it:
        yield (previous, element)
        previous = element


class pairwise:

    def __init__(self, iterable):
        self._it = _pairwise(iter(iterable))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


def _starmap(function, it):
    for args in it:
        yield function(*args)


class starmap:

    def __init__(self, function, iterable):
        self._it = _starmap(function, iter(iterable))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class _tee_link:
    """One cell of the buffer that the copies made by tee() share; `next` is None until it is filled."""

    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee_source:
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _tee:

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
        else:
            self._source = _tee_source(iter(iterable))
            self._link = _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source.it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    first = iterable if isinstance(iterable, _tee) else _tee(iterable)
    copies = [first]
    for _ in range(n - 1):
        copies.append(_tee(first))
    if first is iterable:
        copies[0] = _tee(first)
    return tuple(copies)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


class zip_longest:

    def __init__(self, *iterables, fillvalue=None):
        self._it = _zip_longest([iter(it) for it in iterables], fillvalue)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)


class _Combinatoric:
    # The combinatoric iterators are advanced natively (_itertools); the
    # classes check arguments and keep CPython's names.

    def __iter__(self):
        return self._it

    def __next__(self):
        return next(self._it)


class product(_Combinatoric):
    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(iterable) for iterable in iterables] * repeat
        self._it = _itertools.product(pools)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Combinatoric):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        self._it = _itertools.permutations(pool, r)


def _required_r(name, iterable, r):
    # combinations() takes r as an index (any __index__), and both
    # arguments are required, with CPython's messages.
    if iterable is _MARKER or r is _MARKER:
        which = "'iterable' (pos 1)" if iterable is _MARKER else "'r' (pos 2)"
        raise TypeError(name + "() missing required argument " + which)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return tuple(iterable), r


class combinations(_Combinatoric):
    def __init__(self, iterable=_MARKER, r=_MARKER):
        pool, r = _required_r("combinations", iterable, r)
        self._it = _itertools.combinations(pool, r)


class combinations_with_replacement(_Combinatoric):
    def __init__(self, iterable=_MARKER, r=_MARKER):
        pool, r = _required_r("combinations_with_replacement", iterable, r)
        self._it = _itertools.combinations_with_replacement(pool, r)
