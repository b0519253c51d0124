"""unittest.mock for minipy: stand-in objects that record how they are used.

Written for minipy from the documented behaviour of CPython 3.11's module:
Mock, MagicMock, NonCallableMock, NonCallableMagicMock, PropertyMock,
AsyncMock, call, ANY, DEFAULT, sentinel, patch (function, object, dict,
multiple; decorator, context manager, start/stop), mock_open and
create_autospec (signature checking for functions and classes).

Every mock instance gets a class of its own (a subclass of the class it
was created from), so that setting a magic method such as `__len__` on one
mock changes only that mock, as in CPython.
"""

import sys

__all__ = [
    "Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock", "PropertyMock",
    "AsyncMock", "call", "ANY", "DEFAULT", "sentinel", "patch", "mock_open",
    "create_autospec", "seal", "FILTER_DIR",
]

FILTER_DIR = True


# --- sentinels --------------------------------------------------------------

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel:
    """`sentinel.name`: a unique object per name, created on first use."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError(name)
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _AnyType:
    """ANY: equal to everything (for arguments an assertion does not care about)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return "<ANY>"


ANY = _AnyType()


# --- call objects -------------------------------------------------------------

def _format_arguments(args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend("%s=%r" % (key, value) for key, value in kwargs.items())
    return ", ".join(parts)


def _format_call(name, args, kwargs):
    return "%s(%s)" % (name, _format_arguments(args, kwargs))


class _Call(tuple):
    """One recorded call: `call(1, x=2)`, `call.method(3)`, `call().attr()`.

    A two-form call (`mock.call_args`) is the tuple `(args, kwargs)`; a
    three-form one (entries of `mock_calls`) is `(name, args, kwargs)`.
    """

    def __new__(cls, value=(), name=None, parent=None, two=False, from_kall=True):
        value_name = ""
        if len(value) == 3:
            value_name, args, kwargs = value
        elif len(value) == 2:
            if isinstance(value[0], str):
                value_name, args = value
                if isinstance(args, dict):
                    args, kwargs = (), args
                else:
                    kwargs = {}
            else:
                args, kwargs = value
        elif len(value) == 1:
            (only,) = value
            if isinstance(only, str):
                args, kwargs, value_name = (), {}, only
            elif isinstance(only, dict):
                args, kwargs = (), only
            else:
                args, kwargs = only, {}
        else:
            args, kwargs = (), {}
        args = tuple(args)
        kwargs = dict(kwargs)
        if two:
            self = tuple.__new__(cls, (args, kwargs))
        else:
            self = tuple.__new__(cls, (value_name, args, kwargs))
        # The name in the tuple is what repr and == use; `_mock_name` is
        # the chain that further attributes and calls extend.
        self._mock_value_name = value_name
        self._mock_name = name
        self._mock_args = args
        self._mock_kwargs = kwargs
        self._mock_parent = parent
        self._mock_from_kall = from_kall
        self._mock_two = two
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def args(self):
        return self._mock_args

    @property
    def kwargs(self):
        return self._mock_kwargs

    def _parts(self):
        return self._mock_value_name, self._mock_args, self._mock_kwargs

    def __eq__(self, other):
        if other is ANY:
            return True
        if isinstance(other, _Call):
            other_name, other_args, other_kwargs = other._parts()
            other_two = other._mock_two
        else:
            try:
                converted = _Call(tuple(other))
            except (TypeError, ValueError):
                return NotImplemented
            other_name, other_args, other_kwargs = converted._parts()
            other_two = len(other) == 2 and not isinstance(other[0], str)
        own_name = self._mock_value_name
        if not self._mock_two and not other_two and own_name != other_name:
            return False
        return (self._mock_args, self._mock_kwargs) == (other_args, other_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = "%s.%s" % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def count(self, *args, **kwargs):
        return self.__getattr__("count")(*args, **kwargs)

    def index(self, *args, **kwargs):
        return self.__getattr__("index")(*args, **kwargs)

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call%s" % name
            return name
        if self._mock_two:
            name = "call"
        else:
            name = self._mock_value_name
            if not name:
                name = "call"
            elif not name.startswith("()"):
                name = "call.%s" % name
            else:
                name = "call%s" % name
        return _format_call(name, self._mock_args, self._mock_kwargs)

    def call_list(self):
        """The chain of calls that led here: `call(1).method(2).call_list()`."""
        calls = []
        node = self
        while node is not None:
            if node._mock_from_kall:
                calls.append(node)
            node = node._mock_parent
        return _CallList(reversed(calls))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `sublist in calls` looks for a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        length = len(value)
        for start in range(len(self) - length + 1):
            if self[start:start + length] == value:
                return True
        return False

    def __repr__(self):
        return repr(list(self))


# --- mocks --------------------------------------------------------------------

_ASSERT_TYPOS = ("assert", "assret", "asert", "aseert", "assrt")

_CALLS_ATTRIBUTES = ("called", "call_count", "call_args", "call_args_list", "mock_calls", "method_calls")


def _is_exception(value):
    return isinstance(value, BaseException) or (isinstance(value, type) and issubclass(value, BaseException))


def _signature_for_matching(spec, spec_class):
    if spec is None or (spec_class is not None and not isinstance(spec, type) and not callable(spec)):
        return None
    if isinstance(spec, (list, tuple)):
        return None
    import inspect
    try:
        return inspect.signature(spec)
    except (TypeError, ValueError):
        return None


def _is_mock(value):
    return isinstance(value, NonCallableMock)


def _spec_names(spec):
    if isinstance(spec, (list, tuple)) and all(isinstance(item, str) for item in spec):
        return list(spec)
    return dir(spec)


class NonCallableMock:
    """A mock that cannot be called; the base of every mock."""

    def __new__(cls, *args, **kwargs):
        own_class = type(cls.__name__, (cls,), {"__doc__": cls.__doc__})
        own_class._mock_origin = cls
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        setup = object.__setattr__
        setup(self, "_mock_parent", parent)
        setup(self, "_mock_name", name)
        setup(self, "_mock_new_name", _new_name)
        setup(self, "_mock_new_parent", _new_parent)
        setup(self, "_mock_sealed", False)
        setup(self, "_mock_children", {})
        setup(self, "_mock_wraps", wraps)
        setup(self, "_mock_unsafe", unsafe)
        setup(self, "_mock_side_effect", None)
        setup(self, "_mock_return_value", DEFAULT)
        setup(self, "_mock_methods", None)
        setup(self, "_spec_class", None)
        setup(self, "_spec_set", None)
        setup(self, "_spec_signature", None)
        setup(self, "_mock_call_signature", None)
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        setup(self, "called", False)
        setup(self, "call_count", 0)
        setup(self, "call_args", None)
        setup(self, "call_args_list", _CallList())
        setup(self, "mock_calls", _CallList())
        setup(self, "method_calls", _CallList())
        if kwargs:
            self.configure_mock(**kwargs)

    # -- specs --
    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        methods = None
        if spec is not None:
            if isinstance(spec, type):
                spec_class = spec
            elif not (isinstance(spec, (list, tuple)) and all(isinstance(i, str) for i in spec)):
                spec_class = type(spec)
            methods = _spec_names(spec)
        object.__setattr__(self, "_spec_class", spec_class)
        object.__setattr__(self, "_spec_set", spec_set)
        object.__setattr__(self, "_mock_methods", methods)
        # Calls are compared through the spec's signature, so that
        # `mock(1, 2)` matches `assert_called_with(a=1, b=2)`.
        object.__setattr__(self, "_spec_signature", _signature_for_matching(spec, spec_class))

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of `spec`."""
        self._mock_add_spec(spec, spec_set)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    # -- return value and side effect --
    def _get_return_value(self):
        value = self._mock_return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name="()")
            object.__setattr__(self, "_mock_return_value", value)
        return value

    def _set_return_value(self, value):
        object.__setattr__(self, "_mock_return_value", value)
        if _is_mock(value) and value._mock_new_parent is None and value._mock_name is None:
            object.__setattr__(value, "_mock_new_parent", self)
            object.__setattr__(value, "_mock_new_name", "()")

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        object.__setattr__(self, "_mock_side_effect", value)

    side_effect = property(_get_side_effect, _set_side_effect)

    # -- attributes --
    def _get_child_mock(self, **kwargs):
        origin = type(self)._mock_origin
        new_name = kwargs.get("_new_name")
        if issubclass(origin, AsyncMock) and new_name not in _SYNC_MAGICS and not (
                self._mock_methods and new_name in self._mock_methods):
            klass = AsyncMock
        elif issubclass(origin, MagicMixin) and new_name in _ASYNC_MAGICS:
            klass = AsyncMock
        elif origin in _CHILD_CLASS:
            klass = _CHILD_CLASS[origin]
        elif issubclass(origin, CallableMixin):
            klass = origin
        else:
            klass = origin.__mro__[1] if len(origin.__mro__) > 1 else Mock
            if not issubclass(klass, CallableMixin):
                klass = Mock
        if self._mock_sealed:
            attribute = "." + kwargs["name"] if "name" in kwargs else "()"
            raise AttributeError(self._extract_mock_name() + attribute)
        return klass(**kwargs)

    def __getattr__(self, name):
        if name in ("_mock_methods", "_mock_unsafe", "_mock_children", "_mock_origin"):
            raise AttributeError(name)
        methods = self._mock_methods
        if methods is not None:
            if name not in methods:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if not self._mock_unsafe and (methods is None or name not in methods):
            if name.startswith(_ASSERT_TYPOS) or name in ("called_once", "called_with", "called_once_with",
                                                           "has_calls", "any_call", "not_called"):
                raise AttributeError(
                    "%r is not a valid assertion. Use a spec for the mock if %r is meant to be an attribute."
                    % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                          _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name.startswith("_mock_") or name in ("_spec_class", "_spec_set", "_spec_signature"):
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
                and name not in self.__dict__ and name not in _CALLS_ATTRIBUTES
                and name not in ("return_value", "side_effect")):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _MAGICS:
            if not isinstance(self, MagicMixin) and name not in _ALWAYS_SETTABLE_MAGICS:
                raise AttributeError("Attempting to set unsupported magic method %r." % name)
            if not _is_mock(value):
                setattr(type(self), name, _bound_magic(value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                self._attach(value, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
                return None
        elif self._mock_sealed and not hasattr(self, name):
            raise AttributeError("Cannot set %s.%s" % (self._extract_mock_name(), name))
        elif _is_mock(value) and name not in ("return_value", "side_effect"):
            if self._attach(value, name):
                self._mock_children[name] = value
                return None
        if name in ("return_value", "side_effect") or name in _CALLS_ATTRIBUTES:
            return object.__setattr__(self, name, value)
        self._mock_children.pop(name, None)
        return object.__setattr__(self, name, value)

    def _attach(self, value, name):
        """Make `value` a named child of this mock unless it already has a parent or name."""
        if value._mock_parent is not None or value._mock_new_parent is not None or value._mock_name is not None:
            return False
        object.__setattr__(value, "_mock_parent", self)
        object.__setattr__(value, "_mock_new_parent", self)
        object.__setattr__(value, "_mock_name", name)
        object.__setattr__(value, "_mock_new_name", name)
        return True

    def __delattr__(self, name):
        if name in _MAGICS and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                self._mock_children[name] = _deleted
                return None
        children = self._mock_children
        existing = children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif existing is _deleted:
            raise AttributeError(name)
        children[name] = _deleted
        return None

    def attach_mock(self, mock, attribute):
        """Attach `mock` as `attribute`, so its calls are recorded here too."""
        for attr in ("_mock_parent", "_mock_new_parent", "_mock_name", "_mock_new_name"):
            object.__setattr__(mock, attr, None)
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        """Set attributes, also of children: `configure_mock(**{"method.return_value": 3})`."""
        for arg, value in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            *path, final = arg.split(".")
            target = self
            for entry in path:
                target = getattr(target, entry)
            setattr(target, final, value)

    def _extract_mock_name(self):
        """The dotted path this mock is reached by: `mock.method().attr`."""
        chain = []
        node = self
        seen = set()
        while node._mock_new_parent is not None and id(node) not in seen:
            seen.add(id(node))
            chain.append(node._mock_new_name)
            node = node._mock_new_parent
        name = node._mock_name or "mock"
        for part in reversed(chain):
            name += part if part == "()" else "." + part
        return name

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ""
        if name not in ("mock", "mock."):
            name_string = " name=%r" % name
        spec_string = ""
        if self._spec_class is not None:
            spec_string = " spec=%r" if not self._spec_set else " spec_set=%r"
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    # -- resetting --
    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every recorded call, here and in every child."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        object.__setattr__(self, "called", False)
        object.__setattr__(self, "call_args", None)
        object.__setattr__(self, "call_count", 0)
        object.__setattr__(self, "mock_calls", _CallList())
        object.__setattr__(self, "call_args_list", _CallList())
        object.__setattr__(self, "method_calls", _CallList())
        if return_value:
            object.__setattr__(self, "_mock_return_value", DEFAULT)
        if side_effect:
            object.__setattr__(self, "_mock_side_effect", None)
        for child in self._mock_children.values():
            if _is_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    # -- assertions --
    def _call_name(self):
        return self._mock_name or "mock"

    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return "\nCalls: %s." % (repr(self.mock_calls),)

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call(self._call_name(), args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        expected = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual = self._format_mock_call_signature(*call_args)
        return "expected %s not found.\nExpected: %s\nActual: %s" % (action, expected, actual)

    def _matches(self, expected, actual):
        if self._spec_signature is not None:
            expected = self._bind_call(expected)
            actual = self._bind_call(actual)
        return expected == actual

    def _bind_call(self, value):
        name, args, kwargs = value._parts() if isinstance(value, _Call) else ("",) + tuple(value)
        try:
            bound = self._spec_signature.bind(*args, **kwargs)
        except TypeError:
            return value
        return _Call((name, bound.args, bound.kwargs), two=True)

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._call_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._call_name())

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._call_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\nActual: not called." % (expected,))
        expected = _Call((args, kwargs), two=True)
        if not self._matches(expected, self.call_args):
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._call_name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless `calls` appear in `mock_calls` (in order, or in any order)."""
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError("Calls not found.\nExpected: %r\nActual: %r"
                                     % (_CallList(expected), self.mock_calls))
            return
        remaining = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                remaining.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._mock_name or "mock", tuple(not_found), remaining))

    def assert_any_call(self, *args, **kwargs):
        """Fail unless some call had these arguments."""
        expected = _Call((args, kwargs), two=True)
        if not any(self._matches(expected, c) for c in self.call_args_list):
            raise AssertionError("%s call not found" % self._format_mock_call_signature(args, kwargs))


class CallableMixin:
    """What makes a mock callable: recording the call, then side_effect / return_value / wraps."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name="", _new_parent=None, **kwargs):
        object.__setattr__(self, "_mock_return_value", return_value)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name, _new_parent, **kwargs)
        object.__setattr__(self, "_mock_return_value", return_value)
        if return_value is not DEFAULT:
            self.return_value = return_value
        self.side_effect = side_effect

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        signature = self._mock_call_signature
        if signature is not None:
            signature.bind(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        object.__setattr__(self, "called", True)
        object.__setattr__(self, "call_count", self.call_count + 1)
        this_call = _Call((args, kwargs), two=True)
        object.__setattr__(self, "call_args", this_call)
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(("", args, kwargs)))

        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == "()"
        parent = self._mock_new_parent
        seen = set()
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + "." + method_call_name
            parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if parent._mock_new_name:
                if is_a_call:
                    dot = ""
                else:
                    dot = "."
                is_a_call = parent._mock_new_name == "()"
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            if id(parent) in seen:
                break
            seen.add(id(parent))
            parent = parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: every attribute is a child mock, every call is recorded."""


# --- magic methods ------------------------------------------------------------

_NUMERICS = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_INPLACE = " ".join("i%s" % n for n in _NUMERICS.split())
_RIGHT = " ".join("r%s" % n for n in _NUMERICS.split())
_MAGIC_NAMES = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index round trunc floor ceil "
    "bool next fspath aiter aenter aexit anext " + _NUMERICS + " " + _INPLACE + " " + _RIGHT
)
_MAGICS = {"__%s__" % name for name in _MAGIC_NAMES.split()}
_MAGICS.update({"__repr__", "__dir__", "__format__", "__get__", "__set__", "__delete__", "__reversed__",
                "__missing__", "__reduce__", "__reduce_ex__", "__getinitargs__", "__getnewargs__",
                "__getstate__", "__setstate__", "__getformat__", "__class_getitem__", "__call__"})
_ALWAYS_SETTABLE_MAGICS = {"__repr__", "__dir__", "__format__", "__call__"}
_NOT_CONFIGURED_BY_DEFAULT = {"__get__", "__set__", "__delete__", "__reversed__", "__missing__",
                              "__reduce__", "__reduce_ex__", "__getinitargs__", "__getnewargs__",
                              "__getstate__", "__setstate__", "__getformat__", "__class_getitem__",
                              "__repr__", "__dir__", "__format__", "__call__",
                              "__fspath__", "__next__"}

_RETURN_VALUES = {
    "__hash__": lambda self: object.__hash__(self),
    "__str__": lambda self: object.__str__(self),
    "__fspath__": lambda self: "%s/%s" % (type(self).__name__, id(self)),
}
_FIXED_RETURNS = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented, "__ge__": NotImplemented,
    "__int__": 1, "__contains__": False, "__len__": 0, "__exit__": False, "__complex__": 1j,
    "__float__": 1.0, "__bool__": True, "__index__": 1,
}


def _bound_magic(function):
    """A plain function set as a magic method gets the mock as `self`."""
    def method(self, *args, **kwargs):
        return function(self, *args, **kwargs)
    method.__name__ = getattr(function, "__name__", "magic")
    return method


class _MagicProxy:
    """Creates a magic method's child mock the first time it is used."""

    def __init__(self, name):
        self.name = name

    def create_mock(self, obj):
        name = self.name
        child = obj._get_child_mock(name=name, parent=obj, _new_name=name, _new_parent=obj)
        setattr(obj, name, child)
        _configure_magic(obj, child, name)
        return child

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.create_mock(obj)


class _AsyncIterator:
    """What a mock's `__aiter__` gives: its return value, one item per `__anext__`."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


_ASYNC_MAGICS = {"__aenter__", "__aexit__", "__anext__"}
_SYNC_MAGICS = _MAGICS - _ASYNC_MAGICS


def _configure_magic(owner, method, name):
    if name in _FIXED_RETURNS:
        object.__setattr__(method, "_mock_return_value", _FIXED_RETURNS[name])
    elif name in _RETURN_VALUES:
        object.__setattr__(method, "_mock_return_value", _RETURN_VALUES[name](owner))
    elif name == "__eq__":
        def equal(other):
            value = method._mock_return_value
            if value is not DEFAULT:
                return value
            return owner is other
        method.side_effect = equal
    elif name == "__ne__":
        def not_equal(other):
            if method._mock_return_value is not DEFAULT:
                return DEFAULT
            return owner is not other
        method.side_effect = not_equal
    elif name == "__aiter__":
        def iterate_async():
            value = method._mock_return_value
            return _AsyncIterator(iter([] if value is DEFAULT else value))
        method.side_effect = iterate_async
    elif name == "__iter__":
        def iterate():
            value = method._mock_return_value
            if value is DEFAULT:
                return iter([])
            return iter(value)
        method.side_effect = iterate


class MagicMixin:
    """Mocks with the magic methods configured (len() is 0, iteration is empty, `with` works, ...)."""

    def __init__(self, *args, **kwargs):
        self._mock_set_magics()
        super().__init__(*args, **kwargs)
        self._mock_set_magics()

    def _mock_set_magics(self):
        own_class = type(self)
        names = _MAGICS - _NOT_CONFIGURED_BY_DEFAULT
        methods = self.__dict__.get("_mock_methods")
        if methods is not None:
            names = {name for name in names if name in methods}
            for name in _MAGICS - names:
                if name in own_class.__dict__:
                    delattr(own_class, name)
        for name in names:
            if name not in own_class.__dict__ or isinstance(own_class.__dict__[name], _MagicProxy):
                setattr(own_class, name, _MagicProxy(name))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock used as a property on a class: reading it calls it, assigning calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


class AsyncMock(MagicMixin, Mock):
    """A mock whose call returns a coroutine (awaiting it records an await)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        object.__setattr__(self, "await_count", 0)
        object.__setattr__(self, "await_args", None)
        object.__setattr__(self, "await_args_list", _CallList())

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._await_mock(args, kwargs)

    async def _await_mock(self, args, kwargs):
        this_call = _Call((args, kwargs), two=True)
        object.__setattr__(self, "await_count", self.await_count + 1)
        object.__setattr__(self, "await_args", this_call)
        self.await_args_list.append(this_call)
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
                if hasattr(result, "__await__"):
                    result = await result
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            result = self._mock_wraps(*args, **kwargs)
            if hasattr(result, "__await__"):
                result = await result
            return result
        return self.return_value

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or "mock"))

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("Expected await: %s\nNot awaited" % (expected,))
        if _Call((args, kwargs), two=True) != self.await_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs, action="await"))

    def assert_awaited_once_with(self, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))
        return self.assert_awaited_with(*args, **kwargs)


_CHILD_CLASS = {
    NonCallableMock: Mock,
    NonCallableMagicMock: MagicMock,
    AsyncMock: MagicMock,
}


def seal(mock):
    """Forbid creating new attributes on `mock` and its children."""
    object.__setattr__(mock, "_mock_sealed", True)
    for child in list(mock._mock_children.values()):
        if _is_mock(child) and child is not _deleted and child._mock_new_parent is mock:
            seal(child)
    ret = mock._mock_return_value
    if _is_mock(ret) and ret is not mock:
        seal(ret)


from unittest._mock_patch import (  # noqa: E402  (patching needs the classes above)
    patch, mock_open, create_autospec,
)
