"""Container datatypes for minipy: OrderedDict, namedtuple and Counter live here; deque and
defaultdict come from _collections and ChainMap from collections._chainmap."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
from types import MethodType as _MethodType
from _tuplegetter import field as _tuple_field
from _collections import deque, defaultdict, _DICT_BASE, _builtin_base
from _minipy_types import GenericAlias as _GenericAlias

_TUPLE_BASE = _builtin_base(tuple)


def _is_mapping(obj):
    # collections.abc.Mapping, without importing the ABCs: dicts and anything with keys() and __getitem__.
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))


# --- OrderedDict ---------------------------------------------------------------------------------

class OrderedDict(_DICT_BASE):

    __class_getitem__ = classmethod(_GenericAlias)

    # minipy's dict already remembers insertion order, so only the order-aware extras are written here:
    # equality that compares order, move_to_end, and popitem from either end.

    def popitem(self, last=True):
        if len(self) == 0:
            raise KeyError('dictionary is empty')
        # Through dict.keys: reversed() on the subclass itself would go through the sequence protocol.
        keys = dict.keys(self)
        victim = next(reversed(keys) if last else iter(keys))
        return victim, dict.pop(self, victim)

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        moved = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, moved)
            return
        # Moving to the front: rebuild with the key first, the others keep their relative order.
        others = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, moved)
        for other_key, other_value in others:
            dict.__setitem__(self, other_key, other_value)

    def __repr__(self):
        name = type(self).__name__
        if len(self) == 0:
            return name + '()'
        return '%s(%r)' % (name, [pair for pair in self.items()])

    def __eq__(self, other):
        if not dict.__eq__(self, other):
            return False
        if not isinstance(other, OrderedDict):
            return True
        # Two OrderedDicts are equal only when their keys also come in the same order.
        for mine, theirs in zip(self, other):
            if mine is not theirs and mine != theirs:
                return False
        return True

    def __ne__(self, other):
        verdict = self.__eq__(other)
        return verdict if verdict is NotImplemented else not verdict

    __hash__ = None

    def __reversed__(self):
        return reversed(dict.keys(self))

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# --- namedtuple ----------------------------------------------------------------------------------

def _make_new(typename, field_names, field_defaults):
    """The __new__ of a named tuple, generated as source and run through exec
    as CPython does: a call binds like any function's (the caller sets
    __defaults__), with its messages."""
    arguments = ', '.join(field_names)
    packed = arguments + (',' if len(field_names) == 1 else '')
    namespace = {'_tuple_new': tuple.__new__, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    # The defaults are in the source, as parameters' defaults (minipy's
    # binding does not read an assigned __defaults__).
    parameters = []
    for name in field_names:
        if name in field_defaults:
            namespace[f'_default_{name}'] = field_defaults[name]
            parameters.append(f'{name}=_default_{name}')
        else:
            parameters.append(name)
    exec(f'def __new__(_cls, {", ".join(parameters)}):\n    return _tuple_new(_cls, ({packed}))\n', namespace)
    __new__ = namespace['__new__']
    __new__.__qualname__ = typename + '.__new__'
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, ', '.join(field_names))
    return __new__


def _clean_field_names(field_names, rename):
    """The field names as a list of str, with bad ones replaced by _<index> when `rename` is set."""
    if isinstance(field_names, str):
        # Commas and whitespace both separate names: 'x, y' and 'x y' are the same.
        field_names = ' '.join(field_names.split(',')).split()
    names = [str(name) for name in field_names]
    if rename:
        used = set()
        for position in range(len(names)):
            candidate = names[position]
            bad = (not candidate.isidentifier() or _iskeyword(candidate)
                   or candidate[:1] == '_' or candidate in used)
            if bad:
                names[position] = '_%d' % position
            used.add(candidate)
    return names


def _check_names(typename, names, rename):
    for name in [typename, *names]:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))
    used = set()
    for name in names:
        if not rename and name[:1] == '_':
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in used:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        used.add(name)


def _defaults_by_name(names, defaults):
    """Defaults attach to the last fields: map those field names to their values, in field order."""
    if defaults is None:
        return {}
    defaults = tuple(defaults)
    if len(defaults) > len(names):
        raise TypeError('Got more default values than field names')
    first = len(names) - len(defaults)
    return {names[first + i]: defaults[i] for i in range(len(defaults))}


def _caller_module(depth):
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def _tuple_methods(typename, fields):
    """The methods every named tuple class shares, closed over its field names."""
    width = len(fields)
    shape = '(%s)' % ', '.join([field + '=%r' for field in fields])

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != width:
            raise TypeError('Expected %d arguments, got %d' % (width, len(made)))
        return made

    def _replace(self, /, **kwds):
        values = list(self)
        for position, field in enumerate(fields):
            if field in kwds:
                values[position] = kwds.pop(field)
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        return type(self).__name__ + shape % tuple(self)

    def _asdict(self):
        return {field: value for field, value in zip(self._fields, self)}

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename
    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename
    methods = {'_make': _make, '_replace': _replace, '__repr__': __repr__,
               '_asdict': _asdict, '__getnewargs__': __getnewargs__}
    for attr, function in methods.items():
        function.__qualname__ = typename + '.' + attr
    methods['_make'] = classmethod(_make)
    return methods


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    names = _clean_field_names(field_names, rename)
    typename = str(typename)
    _check_names(typename, names, rename)
    field_defaults = _defaults_by_name(names, defaults)
    if _TUPLE_BASE is not tuple:
        _TUPLE_BASE()  # raises minipy's NotImplementedError for subclassing tuple
    fields = tuple(names)

    constructor = _make_new(typename, fields, field_defaults)
    if defaults:
        constructor.__defaults__ = tuple(field_defaults.values())
    signature = ', '.join(fields) + (',' if len(fields) == 1 else '')

    namespace = _tuple_methods(typename, fields)
    namespace.update({
        '__doc__': '%s(%s)' % (typename, signature),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': constructor,
        '__match_args__': fields,
    })
    for position, field in enumerate(fields):
        namespace[field] = property(_field_getter(position), _field_set, _field_del,
                                    'Alias for field number %d' % position)
    cls = type(typename, (tuple,), namespace)
    # The class belongs to the caller's module, so its repr names where it was defined.
    cls.__module__ = _caller_module(1) if module is None else module
    return cls


def _field_getter(position):
    # The native field(position, record), bound to the position: a read is
    # one native call, not a Python frame (CPython's _tuplegetter is C).
    return _MethodType(_tuple_field, position)


def _field_set(self, value):
    # CPython's field descriptors (_tuplegetter) are read-only with these words.
    raise AttributeError("can't set attribute")


def _field_del(self):
    raise AttributeError("can't delete attribute")


# --- Counter -------------------------------------------------------------------------------------

# `mapping[item] = mapping.get(item, 0) + 1` for each item, native (CPython's
# _count_elements): counting a list is one call, not a Python loop.
from _counter import tally as _tally


def _positive_merge(left, right, combine):
    """A new Counter holding combine(left[k], right[k]) for every key of either side, keeping only the
    positive results; keys of `left` come first, then those only `right` has."""
    merged = Counter()
    for key in left:
        value = combine(left[key], right[key])
        if value > 0:
            merged[key] = value
    for key in right:
        if key not in left:
            value = combine(0, right[key])
            if value > 0:
                merged[key] = value
    return merged


def _larger(a, b):
    return b if a < b else a


def _smaller(a, b):
    return a if a < b else b


class Counter(_DICT_BASE):

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=None, /, **kwds):
        _DICT_BASE.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        # An absent element has a count of zero (and reading it does not add it).
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        # sorted() is stable, so elements with equal counts keep their first-seen order.
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []

    def elements(self):
        for item, count in self.items():
            for _ in range(count):
                yield item

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if not _is_mapping(iterable):
                _tally(self, iterable)
            elif len(self) == 0:
                dict.update(self, iterable)
            else:
                for item, count in iterable.items():
                    self[item] = count + self.get(item, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                pairs = iterable.items()
            else:
                pairs = ((item, 1) for item in iterable)
            for item, count in pairs:
                self[item] = self.get(item, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        # Deleting a missing element is not an error for a Counter.
        if elem in self:
            dict.pop(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if len(self) == 0:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            shown = dict(self)
        return '%s(%r)' % (name, shown)

    def _each_count(self, other, test):
        keys = list(self) + [key for key in other if key not in self]
        for key in keys:
            if not test(self[key], other[key]):
                return False
        return True

    def __eq__(self, other):
        if isinstance(other, Counter):
            return self._each_count(other, lambda a, b: a == b)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Counter):
            return self._each_count(other, lambda a, b: a <= b)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self != other and self <= other
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Counter):
            return self._each_count(other, lambda a, b: a >= b)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self != other and self >= other
        return NotImplemented

    __hash__ = None

    def __add__(self, other):
        if isinstance(other, Counter):
            return _positive_merge(self, other, lambda a, b: a + b)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Counter):
            return _positive_merge(self, other, lambda a, b: a - b)
        return NotImplemented

    def __or__(self, other):
        if isinstance(other, Counter):
            return _positive_merge(self, other, _larger)
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, Counter):
            return _positive_merge(self, other, _smaller)
        return NotImplemented

    def __pos__(self):
        return _positive_merge(self, Counter(), lambda a, b: a)

    def __neg__(self):
        return _positive_merge(self, Counter(), lambda a, b: -a)

    def _keep_positive(self):
        for item in [key for key, count in self.items() if not count > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item in other:
            self[item] = self[item] + other[item]
        return self._keep_positive()

    def __isub__(self, other):
        for item in other:
            self[item] = self[item] - other[item]
        return self._keep_positive()

    def __ior__(self, other):
        for item in other:
            theirs = other[item]
            if self[item] < theirs:
                self[item] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for item in list(self):
            theirs = other[item]
            if theirs < self[item]:
                self[item] = theirs
        return self._keep_positive()


from collections._chainmap import ChainMap
