"""deque and defaultdict, the two container types CPython writes in C (here in Python, for minipy)."""

from _minipy_types import GenericAlias as _GenericAlias
import _deque

def _builtin_base(base):
    """`base` when classes written in Python can derive from it; otherwise a stand-in whose instances cannot
    be made, so that importing collections still works and using defaultdict, Counter or OrderedDict raises
    minipy's clean NotImplementedError."""
    try:
        class _Probe(base):
            pass
        return base
    except NotImplementedError as error:
        message = str(error)

        class _Unsupported:
            def __init__(self, *args, **kwargs):
                raise NotImplementedError(message)

        _Unsupported.__name__ = base.__name__
        return _Unsupported


_DICT_BASE = _builtin_base(dict)
_SENTINEL = object()
# ids of the deques whose repr is being built: a deque that contains itself shows as [...].
_repr_running = set()


def _deque_iterator(d, state):
    # The deque is the sequence reversed(front) + back; a mutation (change of d._state) stops iteration
    # with CPython's RuntimeError at the next step.
    front = d._front
    back = d._back
    for i in range(len(front) - 1, -1, -1):
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        yield front[i]
    for i in range(len(back)):
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        yield back[i]
    if d._state != state:
        raise RuntimeError('deque mutated during iteration')


def _deque_reverse_iterator(d, state):
    front = d._front
    back = d._back
    for i in range(len(back) - 1, -1, -1):
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        yield back[i]
    for i in range(len(front)):
        if d._state != state:
            raise RuntimeError('deque mutated during iteration')
        yield front[i]
    if d._state != state:
        raise RuntimeError('deque mutated during iteration')


def _as_index(value, what):
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(what % type(value).__name__)
    return index(value)


class deque:

    # Two lists: _front holds the left part reversed (its last item is the leftmost), _back the right part
    # in order. Appends and pops at either end are list appends and pops; when one side runs dry, half of
    # the other side moves over, so every operation at the ends is O(1) amortized.
    __slots__ = ('_front', '_back', '_maxlen', '_state')
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._front = []
        self._back = []
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def _take_right(self):
        back = self._back
        if back:
            return back.pop()
        front = self._front
        if not front:
            raise IndexError('pop from an empty deque')
        half = (len(front) + 1) // 2
        moved = front[:half]
        moved.reverse()
        self._front = front[half:]
        self._back = moved
        return moved.pop()

    def _take_left(self):
        front = self._front
        if front:
            return front.pop()
        back = self._back
        if not back:
            raise IndexError('pop from an empty deque')
        half = (len(back) + 1) // 2
        moved = back[:half]
        moved.reverse()
        self._back = back[half:]
        self._front = moved
        return moved.pop()

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None:
            if maxlen == 0:
                return
            if len(self._front) + len(self._back) >= maxlen:
                self._take_left()
        self._back.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None:
            if maxlen == 0:
                return
            if len(self._front) + len(self._back) >= maxlen:
                self._take_right()
        self._front.append(x)

    # pop and popleft take from their own side in line (the common case);
    # _take_right/_take_left rebalance when that side is empty.
    def pop(self):
        """Remove and return the rightmost element."""
        back = self._back
        value = back.pop() if back else self._take_right()
        self._state += 1
        return value

    def popleft(self):
        """Remove and return the leftmost element."""
        front = self._front
        value = front.pop() if front else self._take_left()
        self._state += 1
        return value

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._back.extend(iterable)
            return
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._front = []
        self._back = []

    def copy(self):
        """Return a shallow copy of a deque."""
        cls = type(self)
        if cls is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    __copy__ = copy

    def _items(self):
        items = self._front[::-1]
        items.extend(self._back)
        return items

    def _reset(self, items):
        self._state += 1
        self._front = []
        self._back = items

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        for item in self._items():
            if item is value or item == value:
                n += 1
        return n

    def index(self, value, start=0, stop=9223372036854775807):
        items = self._items()
        size = len(items)
        start = _as_index(start, "slice indices must be integers or have an __index__ method")
        stop = _as_index(stop, "slice indices must be integers or have an __index__ method")
        if start < 0:
            start = max(start + size, 0)
        if stop < 0:
            stop = max(stop + size, 0)
        for i in range(start, min(stop, size)):
            item = items[i]
            if item is value or item == value:
                return i
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        index = _as_index(index, "'%s' object cannot be interpreted as an integer")
        items = self._items()
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i in range(len(items)):
            item = items[i]
            if item is value or item == value:
                del items[i]
                self._reset(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._state += 1
        self._front, self._back = self._back, self._front

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _as_index(n, "'%s' object cannot be interpreted as an integer")
        self._state += 1
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        if n <= size // 2:
            # _take_right may swap in new lists, so take the value before looking up the other side.
            for _ in range(n):
                value = self._take_right()
                self._front.append(value)
        else:
            for _ in range(size - n):
                value = self._take_left()
                self._back.append(value)

    def _position(self, index):
        if not isinstance(index, int):
            method = getattr(type(index), '__index__', None)
            if method is None:
                raise TypeError('sequence index must be integer, not %r' % type(index).__name__)
            index = method(index)
        size = len(self._front) + len(self._back)
        if index < 0:
            index += size
        if index < 0 or index >= size:
            raise IndexError('deque index out of range')
        return index

    def __getitem__(self, index):
        index = self._position(index)
        front = self._front
        if index < len(front):
            return front[len(front) - 1 - index]
        return self._back[index - len(front)]

    def __setitem__(self, index, value):
        index = self._position(index)
        front = self._front
        if index < len(front):
            front[len(front) - 1 - index] = value
        else:
            self._back[index - len(front)] = value

    def __delitem__(self, index):
        index = self._position(index)
        items = self._items()
        del items[index]
        self._reset(items)

    def __contains__(self, value):
        for item in self._items():
            if item is value or item == value:
                return True
        return False

    def __iter__(self):
        return _deque_iterator(self, self._state)

    def __reversed__(self):
        return _deque_reverse_iterator(self, self._state)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def _times(self, n):
        if not isinstance(n, int):
            if getattr(type(n), '__index__', None) is None:
                raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
            n = n.__index__()
        return self._items() * n if n > 0 else []

    def __mul__(self, n):
        result = self.copy()
        result._reset([])
        result.extend(self._times(n))
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._times(n)
        self._reset([])
        self.extend(items)
        return self

    def __reduce__(self):
        return type(self), (self._items(), self._maxlen)


deque.__module__ = 'collections'
# append, appendleft, pop, popleft, __len__ and __bool__ become native
# (the same steps on the same fields; see src/modules/deque_native.rs).
_deque.install(deque)
del _deque


class defaultdict(_DICT_BASE):

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        _DICT_BASE.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is self:
            factory_repr = '...'
        else:
            factory_repr = repr(factory)
        return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


defaultdict.__module__ = 'collections'
