"""Context variables, as CPython's contextvars (PEP 567).

A Context maps ContextVars to values. Its mapping is a dict that is never
changed in place: ContextVar.set installs a new one, so copy_context is a
constant-time share. Each thread has its own current context (a new thread
starts with an empty one); asyncio runs each task in a copy of the context
it was created in.
"""

import _minipy_thread

__all__ = ("Context", "ContextVar", "Token", "copy_context")

# thread id -> the context that thread is running in (thread ids are never
# reused, so a new thread finds no entry and starts empty).
_current = {}


class _Missing:
    __qualname__ = "Token.MISSING"

    def __repr__(self):
        return "<Token.MISSING>"

_MISSING = _Missing()


def _context():
    me = _minipy_thread.get_ident()
    ctx = _current.get(me)
    if ctx is None:
        ctx = _current[me] = Context()
    return ctx


class _Final(type):
    def __new__(mcls, name, bases, ns):
        for b in bases:
            if isinstance(b, _Final):
                raise TypeError(f"type '_contextvars.{b.__name__}' is not an acceptable base type")
        return type.__new__(mcls, name, bases, ns)


class Context(metaclass=_Final):
    __module__ = "_contextvars"

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        me = _minipy_thread.get_ident()
        previous = _current.get(me)
        self._entered = True
        _current[me] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current[me] = previous if previous is not None else Context()
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return list(self._data).__iter__()

    def values(self):
        return list(self._data.values()).__iter__()

    def items(self):
        return list(self._data.items()).__iter__()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    return _context().copy()


class ContextVar(metaclass=_Final):
    __module__ = "_contextvars"

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        ctx = _context()
        try:
            return ctx._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _context()
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _context()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        text = f"<ContextVar name={self._name!r}"
        if self._default is not _MISSING:
            text += f" default={self._default!r}"
        return text + f" at {id(self):#x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Token(metaclass=_Final):
    __module__ = "_contextvars"

    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
