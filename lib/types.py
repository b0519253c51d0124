"""types: names for the interpreter's built-in types, and SimpleNamespace."""

import sys

from _minipy_types import GenericAlias, UnionType


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield 1


async def _co():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass
GeneratorType = type(_g())
_coroutine = _co()
CoroutineType = type(_coroutine)
_coroutine.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    CellType = type((lambda x: lambda: x)(0).__closure__[0])
except AttributeError:
    pass

del _f, _C, _g, _co, _coroutine


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable).items():
            setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(%s)" % ", ".join(items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = type
    if kwds and "metaclass" in kwds:
        meta = kwds["metaclass"]
    return meta(name, tuple(bases), ns)
