"""The patching half of unittest.mock: patch, patch.object, patch.dict,
patch.multiple, mock_open and create_autospec.

Separate from `unittest.mock` (which defines the mock classes) because it
is a different concept: replacing attributes for the duration of a test.
"""

import functools
import inspect
import sys

from unittest.mock import (
    DEFAULT, AsyncMock, MagicMock, NonCallableMagicMock, NonCallableMock, _is_mock,
)


def _importer(target):
    """The object named by a dotted path, importing modules on the way."""
    components = target.split(".")
    import_path = components.pop(0)
    thing = __import__(import_path)
    for component in components:
        import_path += ".%s" % component
        try:
            thing = getattr(thing, component)
        except AttributeError:
            __import__(import_path)
            thing = getattr(thing, component)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _importer(target)), attribute


def _is_started(patcher):
    return hasattr(patcher, "is_local")


class _patch:
    """One attribute replaced while a test runs (decorator, context manager or start/stop)."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create, self.spec_set,
                         self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if not callable(value):
                continue
            setattr(klass, name, self.copy()(value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        if inspect.iscoroutinefunction(func):
            @functools.wraps(func)
            async def patched(*args, **keywargs):
                entered, args, keywargs = _enter_all(patched.patchings, args, keywargs)
                try:
                    return await func(*args, **keywargs)
                finally:
                    _exit_all(entered)
        else:
            @functools.wraps(func)
            def patched(*args, **keywargs):
                entered, args, keywargs = _enter_all(patched.patchings, args, keywargs)
                try:
                    return func(*args, **keywargs)
                finally:
                    _exit_all(entered)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ("open", "print", "input") and type(target).__name__ == "module":
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs, new_callable = self.autospec, self.kwargs, self.new_callable
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set, spec = original, None
            elif spec_set is True:
                spec_set, spec = original, None
            if new_callable is not None:
                klass = new_callable
            elif inspect.iscoroutinefunction(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            options = {}
            if spec is not None:
                options["spec"] = spec
            if spec_set is not None:
                options["spec_set"] = spec_set
            if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
                options["name"] = self.attribute
            options.update(kwargs)
            new = klass(**options)
            specced_class = spec if spec is not None else spec_set
            if isinstance(specced_class, type) and _is_mock(new) and callable(new):
                new.return_value = NonCallableMagicMock(spec=specced_class, _new_parent=new, _new_name="()")
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=bool(spec_set), _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new)
        if self.attribute_name is not None:
            extra = {}
            if self.new is DEFAULT:
                extra[self.attribute_name] = new
            for patcher in self.additional_patchers:
                value = patcher.__enter__()
                if patcher.new is DEFAULT:
                    extra.update(value)
            return extra
        return new

    def __exit__(self, *exc_info):
        if not _is_started(self):
            return None
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and not hasattr(self.target, self.attribute):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            if _is_started(patcher):
                patcher.__exit__(*exc_info)
        return False

    def start(self):
        """Apply the patch until `stop()` (or `patch.stopall()`)."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo `start()`."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _enter_all(patchings, args, keywargs):
    entered = []
    extra = []
    try:
        for patching in patchings:
            value = patching.__enter__()
            entered.append(patching)
            if patching.attribute_name is not None:
                keywargs.update(value)
            elif patching.new is DEFAULT:
                extra.append(value)
    except BaseException:
        _exit_all(entered)
        raise
    return entered, tuple(args) + tuple(extra), keywargs


def _exit_all(entered):
    for patching in reversed(entered):
        patching.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Replace the object at the dotted path `target` while a test runs."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        extra = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        extra.attribute_name = attribute
        patcher.additional_patchers.append(extra)
    return patcher


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


class _patch_dict:
    """Set keys of a dictionary while a test runs, restoring it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                value = getattr(f, name)
                if name.startswith(patch.TEST_PREFIX) and callable(value):
                    copy = _patch_dict(self.in_dict, self.values, self.clear)
                    setattr(f, name, copy(value))
            return f

        @functools.wraps(f)
        def inner(*args, **kwargs):
            self._patch_dict()
            try:
                return f(*args, **kwargs)
            finally:
                self._unpatch_dict()
        return inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {key: in_dict[key] for key in in_dict}
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    """Stop every patch started with `start()`, newest first."""
    for patcher in reversed(_patch._active_patches[:]):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"


# --- mock_open ----------------------------------------------------------------

def mock_open(mock=None, read_data=""):
    """A mock for `open()`: the handle reads `read_data` (again from the start on every open)."""
    import io

    def to_stream(data):
        if isinstance(data, bytes):
            return io.BytesIO(data)
        return io.StringIO(data)

    stream = [to_stream(read_data)]
    if mock is None:
        mock = MagicMock(name="open")
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.side_effect = lambda *args, **kwargs: stream[0].read(*args, **kwargs)
    handle.readline.side_effect = lambda *args, **kwargs: stream[0].readline(*args, **kwargs)
    handle.readlines.side_effect = lambda *args, **kwargs: stream[0].readlines(*args, **kwargs)
    handle.__iter__.side_effect = lambda: iter(stream[0])
    handle.__next__ = MagicMock(side_effect=lambda: next(stream[0]))

    def reset_data(*args, **kwargs):
        stream[0] = to_stream(read_data)
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


# --- create_autospec ------------------------------------------------------------

def _signature_of(spec, skip_first=False):
    try:
        signature = inspect.signature(spec)
    except (TypeError, ValueError):
        return None
    if skip_first:
        parameters = list(signature.parameters.values())[1:]
        signature = signature.replace(parameters=parameters)
    return signature


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False, **kwargs):
    """A mock shaped like `spec`: only its attributes exist, and calls are checked against its signatures."""
    is_type = isinstance(spec, type)
    options = {"spec_set" if spec_set else "spec": spec}
    if _name is not None:
        options["name"] = _name
    options.update(kwargs)
    if inspect.iscoroutinefunction(spec):
        klass = AsyncMock
    elif is_type and instance and not callable(getattr(spec, "__call__", None)):
        klass = NonCallableMagicMock
    elif not is_type and not callable(spec):
        klass = NonCallableMagicMock
    else:
        klass = MagicMock
    mock = klass(**options)
    if callable(spec) and not (is_type and instance):
        object.__setattr__(mock, "_mock_call_signature", _signature_of(spec))
    elif is_type and instance and callable(getattr(spec, "__call__", None)):
        object.__setattr__(mock, "_mock_call_signature", _signature_of(spec.__call__, skip_first=True))
    if is_type and not instance:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name="()")
    for name in dir(spec):
        if name.startswith("__") and name.endswith("__"):
            continue
        try:
            original = getattr(spec, name)
        except AttributeError:
            continue
        if not (inspect.isfunction(original) or inspect.ismethod(original)):
            continue
        skip_first = is_type and inspect.isfunction(original) and not isinstance(
            spec.__dict__.get(name), staticmethod)
        child = MagicMock(spec=original, name=name)
        signature = _signature_of(original, skip_first=skip_first)
        object.__setattr__(child, "_spec_signature", signature)
        object.__setattr__(child, "_mock_call_signature", signature)
        setattr(mock, name, child)
    return mock
