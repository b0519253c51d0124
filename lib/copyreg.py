"""Helpers for pickle and copy, as CPython's copyreg module: the
dispatch_table of reduction functions registered with pickle(), the
__newobj__/__newobj_ex__/_reconstructor callables pickles name, and the
extension registry, and the default reduction behind object.__reduce_ex__,
object.__reduce__ and object.__getstate__ (`_object_reduce_ex`,
`_object_reduce`, `_object_getstate`)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of cls's slots (mangled as attributes are), cached in
    cls.__slotnames__ as CPython does."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            slots = klass.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = klass.__name__.lstrip("_")
                    names.append("_%s%s" % (stripped, name) if stripped else name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# --- the default reduction of `object` ----------------------------------------------------

# Built-in classes whose instances (and subclasses' instances) pickle.
_VALUE_BASES = (int, float, str, bytes, tuple, complex)


def _is_native(cls):
    # A class written in Python has __module__ in its own namespace.
    return "__module__" not in cls.__dict__


def _native_base(cls):
    for klass in cls.__mro__:
        if _is_native(klass):
            return klass
    return object


def _type_name(cls):
    module = cls.__module__
    if module == "builtins" or not isinstance(module, str):
        return cls.__name__
    return "%s.%s" % (module, cls.__qualname__)


# Classes minipy writes in Python around a native handle, and the names
# CPython gives the C types they stand for.
_REFUSED = {("threading", "Lock"): "_thread.lock", ("threading", "RLock"): "_thread.RLock",
            ("io", "TextIOWrapper"): "_io.TextIOWrapper", ("io", "BufferedReader"): "_io.BufferedReader",
            ("io", "BufferedWriter"): "_io.BufferedWriter", ("io", "BufferedRandom"): "_io.BufferedRandom",
            ("io", "BufferedFile"): "_io.BufferedReader"}


def _refuse_unpicklable(cls):
    for klass in cls.__mro__:
        refused = _REFUSED.get((getattr(klass, "__module__", None), klass.__name__))
        if refused is not None:
            raise TypeError("cannot pickle %r object" % refused)
    base = _native_base(cls)
    if base is object or base in _VALUE_BASES or base in (list, dict, set, frozenset, bytearray):
        return base
    if issubclass(cls, BaseException):
        return base
    raise TypeError("cannot pickle %r object" % _type_name(cls))


def _own_method(cls, name):
    """cls's `name` when a class written in Python defines it, else None."""
    for klass in cls.__mro__:
        if _is_native(klass):
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _getstate(obj, required):
    getstate = _own_method(type(obj), "__getstate__")
    if getstate is not None:
        return getstate(obj)
    return _object_getstate(obj, required)


def _object_getstate(obj, required=False):
    cls = type(obj)
    d = getattr(obj, "__dict__", None)
    state = d if d else None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _new_arguments(obj, base):
    cls = type(obj)
    ex = getattr(obj, "__getnewargs_ex__", None)
    if ex is not None:
        result = ex()
        if not isinstance(result, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(result).__name__)
        if len(result) != 2:
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(result))
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    plain = getattr(obj, "__getnewargs__", None)
    if plain is not None:
        args = plain()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    if base is complex:
        return (obj.real, obj.imag), None
    if base in _VALUE_BASES:
        return (base(obj),), None
    return None, None


def _reduce_newobj(obj, base):
    cls = type(obj)
    args, kwargs = _new_arguments(obj, base)
    if not kwargs:
        func = __newobj__
        newargs = (cls,) + (args or ())
    else:
        func = __newobj_ex__
        newargs = (cls, args, kwargs)
    required = not (args is not None or isinstance(obj, (list, dict)))
    state = _getstate(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _reduce_ex(self, proto):
    """The protocol 0 and 1 reduction: _reconstructor from the nearest
    built-in base."""
    cls = self.__class__
    base = _native_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = _own_method(cls, "__getstate__")
    if getstate is None and getattr(self, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    state_dict = getstate(self) if getstate is not None else _object_getstate(self)
    if state_dict:
        return _reconstructor, args, state_dict
    return _reconstructor, args


def _builtin_reduce(obj, base, proto):
    """The reductions CPython's built-in classes define for themselves."""
    cls = type(obj)
    if isinstance(obj, BaseException):
        d = getattr(obj, "__dict__", None)
        return (cls, obj.args, d) if d else (cls, obj.args)
    if base in (set, frozenset):
        d = getattr(obj, "__dict__", None)
        return cls, (list(obj),), d if d else None
    if base is bytearray:
        d = getattr(obj, "__dict__", None)
        if proto < 3:
            return cls, (bytes(obj).decode("latin-1"), "latin-1"), d if d else None
        return cls, (bytes(obj),), d if d else None
    return None


def _object_reduce_ex(obj, proto):
    """What object.__reduce_ex__(proto) returns for obj."""
    cls = type(obj)
    base = _refuse_unpicklable(cls)
    reduce = _own_method(cls, "__reduce__")
    if reduce is not None:
        return reduce(obj)
    return _object_reduce(obj, proto, base)


def _object_reduce(obj, proto, base=None):
    """The default reduction, without a class's own __reduce__ (what
    object.__reduce__ gives, with protocol 0)."""
    if base is None:
        base = _refuse_unpicklable(type(obj))
    special = _builtin_reduce(obj, base, proto)
    if special is not None:
        return special
    if proto >= 2:
        return _reduce_newobj(obj, base)
    return _reduce_ex(obj, proto)


# --- the extension registry ---------------------------------------------------------------

_extension_registry = {}  # (module, name) -> code
_inverted_registry = {}   # code -> (module, name)
_extension_cache = {}     # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
