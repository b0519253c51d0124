"""Higher-order functions and operations on callable objects (CPython 3.11's functools, for minipy)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache',
           'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        copied = getattr(wrapped, attr, _MISSING)
        if copied is not _MISSING:
            setattr(wrapper, attr, copied)
    for attr in updated:
        target = getattr(wrapper, attr, None)
        source = getattr(wrapped, attr, None)
        if target is not None and source is not None:
            for key, value in source.items():
                if key not in ('__name__', '__qualname__', '__doc__', '__module__'):
                    target[key] = value
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


# --- total_ordering ------------------------------------------------------------------------------
#
# Given one ordering method (the "root") and __eq__, the other three follow. For a root R and a derived
# operator D, the answer is R's result, possibly negated, possibly or-ed with equality or and-ed with
# inequality. The table below says, per (root, derived) pair: (negate R?, how equality enters).
#   'eq'  -> result or a == b        'ne' -> result and a != b        None -> result alone

_DERIVATIONS = {
    '__lt__': {'__gt__': (True, 'ne'), '__le__': (False, 'eq'), '__ge__': (True, None)},
    '__le__': {'__ge__': (True, 'eq'), '__lt__': (False, 'ne'), '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, 'ne'), '__ge__': (False, 'eq'), '__le__': (True, None)},
    '__ge__': {'__le__': (True, 'eq'), '__gt__': (False, 'ne'), '__lt__': (True, None)},
}


def _derive(root, name, negate, equality):
    def derived(self, other):
        answer = getattr(type(self), root)(self, other)
        if answer is NotImplemented:
            return NotImplemented
        if negate:
            answer = not answer
        if equality == 'eq':
            return answer or self == other
        if equality == 'ne':
            return answer and self != other
        return answer
    derived.__name__ = name
    derived.__qualname__ = name
    return derived


def total_ordering(cls):
    # The roots the class defines itself (not the ones inherited from object).
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if len(defined) == 0:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name, (negate, equality) in _DERIVATIONS[root].items():
        if name not in defined:
            setattr(cls, name, _derive(root, name, negate, equality))
    return cls


def cmp_to_key(mycmp):
    """Turn an old-style three-way comparison function into a key= function."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def _sign(self, other):
            return mycmp(self.obj, other.obj)

        def __lt__(self, other):
            return self._sign(other) < 0

        def __gt__(self, other):
            return self._sign(other) > 0

        def __eq__(self, other):
            return self._sign(other) == 0

        def __le__(self, other):
            return self._sign(other) <= 0

        def __ge__(self, other):
            return self._sign(other) >= 0

        __hash__ = None
    return K


# reduce is native, as in CPython.
from _functools import reduce
from _functools import install_lru as _install_lru


class partial:

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # Flatten: a partial of a partial stores the innermost function and all the frozen arguments.
            merged = dict(func.keywords)
            merged.update(keywords)
            args, keywords, func = func.args + args, merged, func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        # Most calls add no keywords: the frozen ones (if any) as they are,
        # without a merged copy.
        if not keywords:
            if self.keywords:
                return self.func(*self.args, *args, **self.keywords)
            return self.func(*self.args, *args)
        final = dict(self.keywords)
        final.update(keywords)
        return self.func(*self.args, *args, **final)

    def __repr__(self):
        shown = [repr(self.func)] + [repr(arg) for arg in self.args]
        shown += ['%s=%r' % pair for pair in self.keywords.items()]
        label = 'functools.partial' if type(self) is partial else type(self).__qualname__
        return label + '(' + ', '.join(shown) + ')'

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, None)

    def __setstate__(self, state):
        # What pickle and copy call with __reduce__'s state.
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.func = func
        self.args = tuple(args)
        self.keywords = {} if kwds is None else dict(kwds)
        if namespace:
            self.__dict__.update(namespace)


class partialmethod:

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        inner_args, inner_keywords = (), {}
        if isinstance(func, partialmethod):
            inner_args, inner_keywords, func = func.args, func.keywords, func.func
        self.func = func
        self.args = inner_args + args
        self.keywords = dict(inner_keywords)
        self.keywords.update(keywords)

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


_KWD_MARK = (object(),)


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_cache_info_type = None


def _cache_info(hits, misses, maxsize, currsize):
    # CacheInfo is a named tuple; it is made on first use so that importing functools stays cheap.
    global _cache_info_type
    if _cache_info_type is None:
        from collections import namedtuple
        _cache_info_type = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
        _cache_info_type.__module__ = 'functools'
    return _cache_info_type(hits, misses, maxsize, currsize)


def _cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: the "maxsize" is the function itself.
        return _cached(maxsize, 128, typed)
    if isinstance(maxsize, int) and not isinstance(maxsize, bool):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _cached(user_function, maxsize, typed)


class _lru_cache_wrapper:
    """The callable lru_cache makes, as CPython's functools._lru_cache_wrapper:
    its type and repr are the class's, and it binds like a function when
    read from an instance.

    The cache is a dict kept in recency order: a hit moves its key to the end
    (pop and re-insert), and an insertion beyond maxsize evicts the first (least
    recently used) key. The call is native (no frame of its own) because
    memoised recursion makes it in its innermost loop."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._function = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._table = {}
        self._hits = self._misses = 0

    def _call_python(self, /, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwds)
        if kwds or self._typed:
            key = _make_key(args, kwds, self._typed)
        elif len(args) == 1 and type(args[0]) in (int, str):
            key = args[0]
        else:
            key = args
        table = self._table
        found = table.get(key, _MISSING)
        if found is not _MISSING:
            self._hits += 1
            if maxsize is not None:
                table[key] = table.pop(key)
            return found
        self._misses += 1
        fresh = self._function(*args, **kwds)
        if key not in table:
            # (When recursion already stored this key, the stored entry stays.)
            if maxsize is not None and len(table) >= maxsize:
                table.pop(next(iter(table)))
            table[key] = fresh
        return fresh

    # __call__ is native (_functools.install_lru, below the class): the same
    # steps as _call_python, which it hands keyword arguments and typed=True.
    __call__ = _call_python

    def cache_info(self):
        """Report cache statistics"""
        return _cache_info(self._hits, self._misses, self._maxsize, len(self._table))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        self._table.clear()
        self._hits = self._misses = 0

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        from types import MethodType
        return MethodType(self, obj)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_install_lru(_lru_cache_wrapper)
del _install_lru


def cache(user_function, /):
    return _cached(user_function, None, False)


class cached_property:
    """A property computed once per instance, then stored in the instance's __dict__ under its name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is not None and self.attrname != name:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                '(%r and %r).' % (self.attrname, name))
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            problem = "No '__dict__' attribute on %r instance to cache %r property." % (
                type(instance).__name__, name)
            raise TypeError(problem) from None
        if name in store:
            return store[name]
        store[name] = computed = self.func(instance)
        return computed


def _implementation_for(cls, registry):
    # The first class along the MRO that has a registered implementation; object always has one.
    for klass in getattr(cls, '__mro__', (cls, object)):
        if klass in registry:
            return registry[klass]
    return registry[object]


def _bind(function, obj, cls):
    getter = getattr(function, '__get__', None)
    if getter is not None:
        return getter(obj, cls)
    # minipy's plain functions have no __get__: bind the instance by hand.
    if obj is None:
        return function
    return lambda *args, **kwargs: function(obj, *args, **kwargs)


def _union_members(tp):
    # The classes of `int | str` or `typing.Union[int, str]`, else None.
    import types
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if getattr(tp, "__origin__", None) is not None and repr(tp.__origin__) == "typing.Union":
        return tp.__args__
    return None


def singledispatch(func):
    registry = {object: func}
    memo = {}
    label = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        if cls not in memo:
            memo[cls] = _implementation_for(cls, registry)
        return memo[cls]

    def register(cls, func=None):
        if func is None and (isinstance(cls, type) or _union_members(cls) is not None):
            # @register(SomeClass) form: hand back the decorator.
            return lambda f: register(cls, f)
        if func is None:
            # @register on a function whose first parameter is annotated with the class.
            hints = getattr(cls, '__annotations__', None) or {}
            if len(hints) == 0:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            if any(isinstance(hint, str) for hint in hints.values()):
                # String annotations (`from __future__ import annotations`).
                from typing import get_type_hints
                hints = get_type_hints(func)
            param, cls = next(iter(hints.items()))
            members = _union_members(cls)
            if members is not None and not all(isinstance(member, type) for member in members):
                raise TypeError(f"Invalid annotation for {param!r}. {cls!r} not all arguments are classes.")
            if members is None and not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {param!r}. {cls!r} is not a class.")
        for member in _union_members(cls) or (cls,):
            registry[member] = func
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if len(args) == 0:
            raise TypeError(f'{label} requires at least 1 positional argument')
        return dispatch(type(args[0]))(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = memo.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            chosen = dispatcher.dispatch(type(args[0]))
            return _bind(chosen, obj, cls)(*args, **kwargs)

        _method.register = self.register
        return update_wrapper(_method, self.func)
