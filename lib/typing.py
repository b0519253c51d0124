"""Type hints at run time: the names programs import from typing, usable
in annotations, as base classes (Generic, Protocol, NamedTuple, TypedDict)
and with get_type_hints/get_origin/get_args. No checking is done, as in
CPython."""

import collections
import collections.abc
import functools
import sys
import types
from abc import ABCMeta, abstractmethod

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A type written as a string, resolved by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None):
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return "ForwardRef(%r)" % (self.__forward_arg__,)


class TypeVar:
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c, "") for c in constraints)
        self.__bound__ = _type_check(bound, "bound") if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "typing"

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound

    def __repr__(self):
        return "~" + self.__name__

    @property
    def args(self):
        return self

    @property
    def kwargs(self):
        return self


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield self


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()):
                if isinstance(p, (TypeVar, ParamSpec)) and p not in params:
                    params.append(p)
    return tuple(params)


def _subst(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_subst(a, mapping) for a in arg]
    return arg


class _GenericAlias:
    """`List[int]`, `Stack[T]`: an origin with arguments."""

    def __init__(self, origin, args, name=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def _repr_name(self):
        if self._name:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if self._name == "Callable" and len(self.__args__) == 2 and self.__args__[0] is not ...:
            params, result = self.__args__
            if isinstance(params, list):
                return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in params), _type_repr(result))
        if not self.__args__:
            return self._repr_name() + "[()]"
        return self._repr_name() + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not self.__parameters__:
            raise TypeError(repr(self) + " is not a generic class")
        if len(params) != len(self.__parameters__):
            raise TypeError(
                "Too %s arguments for %r; actual %d, expected %d"
                % ("many" if len(params) > len(self.__parameters__) else "few", self, len(params), len(self.__parameters__))
            )
        mapping = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple(_subst(a, mapping) for a in self.__args__), self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if origin is Generic or origin is Protocol:
            if any(isinstance(b, type) and issubclass(b, Generic) for b in bases if b is not self):
                return ()
            return (origin,)
        return (origin,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _SpecialGenericAlias:
    """`List`, `Dict`, ...: a deprecated alias of a standard class that
    accepts arguments."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Tuple" or self._name == "Type":
            return _GenericAlias(self.__origin__, params, self._name, self._inst)
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if isinstance(args, list):
                args = list(args)
            return _GenericAlias(self.__origin__, (args, result), self._name, self._inst)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(
                "Too %s arguments for %r; actual %d, expected %d"
                % ("many" if len(params) > self._nparams else "few", self, len(params), self._nparams)
            )
        return _GenericAlias(self.__origin__, tuple(_type_check(p, "") for p in params), self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return "typing.Optional[" + _type_repr(other) + "]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass typing.Union")


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Literal, ...: names with special
    meaning that are not classes."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(repr(self) + " is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate " + repr(self))

    def __instancecheck__(self, obj):
        raise TypeError(repr(self) + " cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(repr(self) + " cannot be used with issubclass()")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass " + repr(self))


def _union_getitem(self, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        p = _type_check(p, "")
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


def _optional_getitem(self, param):
    return Union[param, None]


def _generic_form_getitem(self, params):
    return _GenericAlias(self, params, self._name)


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(self, params, self._name)


def _one_arg_getitem(self, param):
    return _GenericAlias(self, (_type_check(param, ""),), self._name)


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _one_arg_getitem)
Final = _SpecialForm("Final", _one_arg_getitem)
Required = _SpecialForm("Required", _one_arg_getitem)
NotRequired = _SpecialForm("NotRequired", _one_arg_getitem)
TypeGuard = _SpecialForm("TypeGuard", _one_arg_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
Concatenate = _SpecialForm("Concatenate", _generic_form_getitem)
Unpack = _SpecialForm("Unpack", _one_arg_getitem)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__), ", ".join(repr(m) for m in self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class _AnnotatedForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        return _AnnotatedAlias(_type_check(params[0], ""), tuple(params[1:]))


Annotated = _AnnotatedForm("Annotated")

List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
Tuple = _SpecialGenericAlias(tuple, -1, "Tuple", inst=False)
Type = _SpecialGenericAlias(type, -1, "Type", inst=False)
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, "Counter")
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, "ChainMap")
Text = str
_abc = collections.abc
Callable = _SpecialGenericAlias(_abc.Callable, 2, "Callable", inst=False)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, "Iterable", inst=False)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, "Iterator", inst=False)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, "Reversible", inst=False)
Generator = _SpecialGenericAlias(_abc.Generator, 3, "Generator", inst=False)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, "Sequence", inst=False)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, "MutableSequence", inst=False)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, "Mapping", inst=False)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, "MutableMapping", inst=False)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet", inst=False)
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, "MutableSet", inst=False)
Collection = _SpecialGenericAlias(_abc.Collection, 1, "Collection", inst=False)
Container = _SpecialGenericAlias(_abc.Container, 1, "Container", inst=False)
Sized = _SpecialGenericAlias(_abc.Sized, 0, "Sized", inst=False)
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, "Hashable", inst=False)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, "Awaitable", inst=False)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, "Coroutine", inst=False)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, "AsyncIterable", inst=False)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, "AsyncIterator", inst=False)
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, "AsyncGenerator", inst=False)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, "KeysView", inst=False)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, "ItemsView", inst=False)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, "ValuesView", inst=False)
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, "MappingView", inst=False)
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, "ByteString", inst=False)
AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"


class Generic:
    """Base of user-defined generic classes: class Stack(Generic[T])."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError("Parameters to %s[...] must all be type variables or parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        params = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            for p in getattr(base, "__parameters__", ()):
                if p not in params:
                    params.append(p)
        cls.__parameters__ = tuple(params)


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            return all(hasattr(instance, attr) for attr in _protocol_attrs(cls))
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            return all(any(attr in k.__dict__ for k in other.__mro__) for attr in _protocol_attrs(cls))
        return super().__subclasscheck__(other)


_SPECIAL_NAMES = {
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__",
    "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__qualname__", "__parameters__",
    "__orig_bases__", "__init_subclass__", "__protocol_attrs__", "__non_callable_proto_members__",
    "_is_protocol", "_is_runtime_protocol",
}


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for attr in names:
            if not attr.startswith("_abc_") and attr not in _SPECIAL_NAMES and attr not in attrs:
                attrs.append(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types (static duck typing)."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def _no_init_or_replace_init(self, *args, **kwargs):
    # As CPython: a protocol cannot be instantiated; a concrete subclass
    # gets the first real __init__ of its MRO on first use.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


runtime = runtime_checkable


def _make_namedtuple(name, fields, module, defaults=()):
    nt = collections.namedtuple(name, [n for n, t in fields], defaults=defaults, module=module)
    nt.__annotations__ = dict(fields)
    return nt


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        annotations = ns.get("__annotations__", {})
        fields = list(annotations.items())
        defaults = []
        for name, _ in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError(
                    "Non-default namedtuple field %s cannot follow default field%s %s"
                    % (name, "s" if len(defaults) > 1 else "", ", ".join(n for n, _ in fields[: len(defaults)]))
                )
        nt = _make_namedtuple(typename, fields, ns.get("__module__", "__main__"), defaults)
        for key, value in ns.items():
            if key in ("__module__", "__qualname__", "__annotations__", "__orig_bases__", "__doc__"):
                continue
            if key in annotations:
                continue
            setattr(nt, key, value)
        if ns.get("__doc__") is not None:
            nt.__doc__ = ns["__doc__"]
        return nt


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple."""
    if fields is None:
        fields = list(kwargs.items())
    module = sys._getframe(1).f_globals.get("__name__", "__main__") if hasattr(sys, "_getframe") else "__main__"
    return _make_namedtuple(typename, list(fields), module)


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        tp = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = ns.get("__annotations__", {})
        for key, value in own.items():
            origin = getattr(value, "__origin__", None)
            if origin is Required:
                required.add(key)
            elif origin is NotRequired:
                optional.add(key)
            elif total:
                required.add(key)
            else:
                optional.add(key)
        annotations.update(own)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys; instances are plain dicts."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields)}
    try:
        ns["__module__"] = sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


class NewType:
    """NewType('UserId', int): a callable that returns its argument."""

    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            self.__module__ = "__main__"

    def __repr__(self):
        return self.__module__ + "." + self.__qualname__

    def __call__(self, x):
        return x

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def cast(typ, val):
    """Returns val unchanged: a hint for type checkers."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: " + value)


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed by an implementation that is not @typing.overload-ed."
        )

    return _overload_dummy


def get_overloads(func):
    return []


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn

    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        if isinstance(tp, _UnionGenericAlias):
            return Union
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        res = tp.__args__
        if getattr(tp, "_name", None) == "Callable" and len(res) == 2 and isinstance(res[0], list):
            return (res[0], res[1])
        return res
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = eval(value, globalns, localns)
        if isinstance(value, str):
            # A quoted annotation under `from __future__ import annotations`
            # is a string twice over: evaluate what it names.
            return _eval_hint(value, globalns, localns)
    if isinstance(value, ForwardRef):
        value = value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            base_globals = globalns
            if base_globals is None:
                module = sys.modules.get(base.__module__)
                base_globals = getattr(module, "__dict__", {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, localns if localns is not None else dict(vars(base)))
        return hints
    ann = getattr(obj, "__annotations__", None)
    if ann is None:
        return {}
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            module = sys.modules.get(getattr(obj, "__module__", None) or "__main__")
            globalns = getattr(module, "__dict__", {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self):
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True
del _p

IO = object
TextIO = object
BinaryIO = object
import re as _re

Pattern = _SpecialGenericAlias(type(_re.compile("")), 1, "Pattern")
Match = _SpecialGenericAlias(type(_re.match("", "")), 1, "Match")
