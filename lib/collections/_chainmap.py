"""ChainMap: one updateable view of several mappings (CPython 3.11's collections.ChainMap, for minipy).

CPython derives ChainMap from collections.abc.MutableMapping; here every mixin method is written out, so that
importing collections does not need the abstract base classes (collections.abc registers ChainMap as a
MutableMapping when it is imported).
"""

from _minipy_types import GenericAlias as _GenericAlias

_MISSING = object()
_repr_running = set()


class ChainMap:

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # The first mapping that holds a key decides its value; the order is that of the last mapping first.
        keys = {}
        for mapping in self.maps[::-1]:
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__name__, ', '.join([repr(m) for m in self.maps]))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        fresh = dict.fromkeys(iterable, *args)
        return cls(fresh)

    def copy(self):
        # Only the first mapping is copied; the parents stay shared.
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        first = self.maps[0]
        if not first:
            raise KeyError('No keys found in the first mapping.')
        return first.popitem()

    def pop(self, key, *args):
        first = self.maps[0]
        if key in first or args:
            return first.pop(key, *args)
        raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        # Writes go to the first mapping only; `other` is a mapping or an iterable of pairs.
        if hasattr(other, 'keys'):
            pairs = [(key, other[key]) for key in other.keys()]
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def keys(self):
        from collections.abc import KeysView
        return KeysView(self)

    def items(self):
        from collections.abc import ItemsView
        return ItemsView(self)

    def values(self):
        from collections.abc import ValuesView
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, (dict, ChainMap)) and not hasattr(other, 'keys'):
            return NotImplemented
        return {key: self[key] for key in self} == {key: other[key] for key in other}

    __hash__ = None

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict) and not hasattr(other, 'keys'):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, dict) and not hasattr(other, 'keys'):
            return NotImplemented
        merged = dict(other)
        for index in range(len(self.maps) - 1, -1, -1):
            merged.update(self.maps[index])
        return type(self)(merged)


ChainMap.__module__ = 'collections'
