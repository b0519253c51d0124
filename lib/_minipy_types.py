"""The objects behind `list[int]` and `int | str` (types.GenericAlias and
types.UnionType). The interpreter calls into this module when a built-in
generic class is subscripted or two classes are joined with `|`."""


def _type_repr(obj):
    if obj is ...:
        return "..."
    if obj is type(None):
        return "None"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    return repr(obj)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType)) or hasattr(obj, "__origin__")


class GenericAlias:
    """`list[int]`: the origin class with its type arguments."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if type(a).__name__ == "TypeVar")

    def __repr__(self):
        if len(self.__args__) == 0:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return _type_repr(self.__origin__) + "[" + inner + "]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getitem__(self, items):
        if not isinstance(items, tuple):
            items = (items,)
        params = self.__parameters__
        if not params:
            raise TypeError(repr(self) + " is not a generic class")
        if len(items) != len(params):
            raise TypeError("Too " + ("many" if len(items) > len(params) else "few") + " arguments for " + repr(self))
        subst = dict(zip(params, items))
        return GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class _CallableGenericAlias(GenericAlias):
    """`collections.abc.Callable[[int], str]`: the parameter list is
    flattened into __args__, and shown again as a list."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, list):
            flat = tuple(params) + (result,)
        else:
            flat = (params, result)
        super().__init__(origin, flat)

    def __repr__(self):
        params = self.__args__[:-1]
        if len(params) == 1 and params[0] is ...:
            shown = "..."
        else:
            shown = "[" + ", ".join(_type_repr(a) for a in params) + "]"
        return _type_repr(self.__origin__) + "[" + shown + ", " + _type_repr(self.__args__[-1]) + "]"


class UnionType:
    """`int | str`: isinstance() and issubclass() accept it like a tuple."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return issubclass(cls, self.__args__)


def _flatten(obj):
    if obj is None:
        return (type(None),)
    if isinstance(obj, UnionType):
        return obj.__args__
    return (obj,)


def _union(left, right):
    """`left | right`, or NotImplemented when either side is not a type."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for a in _flatten(left) + _flatten(right):
        if a not in args:
            args.append(a)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def class_getitem(cls, args):
    return GenericAlias(cls, args)


def callable_class_getitem(cls, args):
    return _CallableGenericAlias(cls, args)


class FrameView:
    """What `gi_frame`/`cr_frame` return: a suspended frame's code and line."""

    __slots__ = ("f_code", "f_lineno")

    def __init__(self, code, lineno):
        self.f_code = code
        self.f_lineno = lineno

    def __repr__(self):
        return f"<frame, file '{self.f_code.co_filename}', line {self.f_lineno}, code {self.f_code.co_name}>"
