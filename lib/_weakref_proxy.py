"""weakref.proxy: an object that forwards everything to a weakly
referenced object, and raises ReferenceError once it is gone."""

import weakref


def _target(p):
    ob = object.__getattribute__(p, "_ref")()
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    __module__ = "weakref"

    def __init__(self, ob, callback=None):
        object.__setattr__(self, "_ref", weakref.ref(ob, None if callback is None else lambda r: callback(self)))

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        ob = object.__getattribute__(self, "_ref")()
        name = "dead" if ob is None else f"to {type(ob).__name__} at {id(ob):#x}"
        sep = ";" if ob is None else ""
        return f"<weakproxy at {id(self):#x}{sep} {name}>"

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: '{type(self).__module__}.{type(self).__name__}'")

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)


def _unwrap(x):
    return _target(x) if isinstance(x, ProxyType) else x


def _forward(op):
    def method(self, other):
        return op(_target(self), _unwrap(other))

    def reflected(self, other):
        return op(_unwrap(other), _target(self))

    return method, reflected


def _install():
    import operator
    for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor",
                 "matmul"):
        op = getattr(operator, name + "_" if name in ("and", "or") else name)
        method, reflected = _forward(op)
        setattr(ProxyType, f"__{name}__", method)
        setattr(ProxyType, f"__r{name}__", reflected)
    for name in ("lt", "le", "eq", "ne", "gt", "ge"):
        setattr(ProxyType, f"__{name}__", _forward(getattr(operator, name))[0])


_install()


class CallableProxyType(ProxyType):
    __module__ = "weakref"

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


def proxy(ob, callback=None):
    """proxy(object[, callback]) -- create a proxy object that weakly
    references 'object'."""
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)
