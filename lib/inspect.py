"""Inspecting live objects: the is*() predicates, getmembers, getdoc/cleandoc,
and signature() with Signature/Parameter/BoundArguments (built from a
function's __code__, __defaults__, __kwdefaults__ and __annotations__)."""

import types

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def _has_flag(obj, flag):
    while ismethod(obj):
        obj = obj.__func__
    code = getattr(obj, "__code__", None) if isfunction(obj) else None
    return code is not None and bool(code.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isabstract(obj):
    return bool(isinstance(obj, type) and getattr(obj, "__abstractmethods__", None))


def iscode(obj):
    return type(obj).__name__ == "code"


def getmro(cls):
    return cls.__mro__


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj):
    import sys

    name = getattr(obj, "__module__", None)
    return sys.modules.get(name) if name else None


class _Empty:
    """Marker for a parameter without a default or annotation."""


def _formatannotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class _ParameterKind(int):
    _names = ["POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL", "KEYWORD_ONLY", "VAR_KEYWORD"]
    _descriptions = ["positional-only", "positional or keyword", "variadic positional", "keyword-only",
                     "variadic keyword"]

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self._names[self], int(self))

    def __str__(self):
        return self._names[self]

    @property
    def description(self):
        return self._descriptions[self]


class Parameter:
    POSITIONAL_ONLY = _ParameterKind(0)
    POSITIONAL_OR_KEYWORD = _ParameterKind(1)
    VAR_POSITIONAL = _ParameterKind(2)
    KEYWORD_ONLY = _ParameterKind(3)
    VAR_KEYWORD = _ParameterKind(4)
    empty = _Empty

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=None, annotation=None):
        return Parameter(name if name is not None else self._name, kind if kind is not None else self._kind,
                         default=self._default if default is None else default,
                         annotation=self._annotation if annotation is None else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _Empty:
            text += ": " + _formatannotation(self._annotation)
        if self._default is not _Empty:
            text += (" = " if self._annotation is not _Empty else "=") + repr(self._default)
        if self._kind == Parameter.VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == Parameter.VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<Parameter "%s">' % (self,)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == (
            other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind))


class BoundArguments:
    def __init__(self, signature, arguments):
        self._signature = signature
        self.arguments = arguments

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for p in self._signature.parameters.values():
            if p.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD) or p.name not in self.arguments:
                if p.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD):
                    break
                continue
            if p.kind == Parameter.VAR_POSITIONAL:
                out.extend(self.arguments[p.name])
            else:
                out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self._signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p.kind == Parameter.KEYWORD_ONLY:
                out[p.name] = self.arguments[p.name]
            elif p.kind == Parameter.VAR_KEYWORD:
                out.update(self.arguments[p.name])
        return out

    def apply_defaults(self):
        new = {}
        for p in self._signature.parameters.values():
            if p.name in self.arguments:
                new[p.name] = self.arguments[p.name]
            elif p.default is not _Empty:
                new[p.name] = p.default
            elif p.kind == Parameter.VAR_POSITIONAL:
                new[p.name] = ()
            elif p.kind == Parameter.VAR_KEYWORD:
                new[p.name] = {}
        self.arguments = new

    def __repr__(self):
        return "<BoundArguments (%s)>" % ", ".join("%s=%r" % kv for kv in self.arguments.items())


class Signature:
    empty = _Empty

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    parameters = property(lambda self: dict(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_Empty):
        return Signature(list(self._parameters.values()) if parameters is None else parameters,
                         return_annotation=return_annotation if return_annotation is not _Empty
                         else self._return_annotation)

    def __str__(self):
        parts = []
        star_shown = False
        for p in self._parameters.values():
            if p.kind == Parameter.VAR_POSITIONAL:
                star_shown = True
            elif p.kind == Parameter.KEYWORD_ONLY and not star_shown:
                parts.append("*")
                star_shown = True
            parts.append(str(p))
        text = "(" + ", ".join(parts) + ")"
        if self._return_annotation is not _Empty:
            text += " -> " + _formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return "<Signature %s>" % (self,)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return list(self._parameters.values()) == list(other._parameters.values()) and \
            self._return_annotation == other._return_annotation

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        args = list(args)
        kwargs = dict(kwargs)
        for p in params:
            if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[p.name] = args.pop(0)
                elif p.name in kwargs and p.kind != Parameter.POSITIONAL_ONLY:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _Empty and not partial:
                    raise TypeError("missing a required argument: %r" % p.name)
            elif p.kind == Parameter.VAR_POSITIONAL:
                if args:
                    arguments[p.name] = tuple(args)
                    args = []
            elif p.kind == Parameter.KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _Empty and not partial:
                    raise TypeError("missing a required argument: %r" % p.name)
            elif p.kind == Parameter.VAR_KEYWORD:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError("got an unexpected keyword argument %r" % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _function_signature(func, skip_first=False):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__
    params = []
    first_default = npos - len(defaults)
    for i, name in enumerate(names[:npos]):
        default = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(name, Parameter.POSITIONAL_OR_KEYWORD, default=default,
                                annotation=annotations.get(name, _Empty)))
    index = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, Parameter.VAR_POSITIONAL, annotation=annotations.get(name, _Empty)))
        index += 1
    for name in names[npos:npos + nkw]:
        params.append(Parameter(name, Parameter.KEYWORD_ONLY, default=kwdefaults.get(name, _Empty),
                                annotation=annotations.get(name, _Empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, Parameter.VAR_KEYWORD, annotation=annotations.get(name, _Empty)))
    if skip_first:
        params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _Empty))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    if follow_wrapped:
        while hasattr(obj, "__wrapped__") and not isinstance(obj, type):
            obj = obj.__wrapped__
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        return sig
    if ismethod(obj):
        return _function_signature(obj.__func__, skip_first=True)
    if isfunction(obj):
        return _function_signature(obj)
    if isinstance(obj, type):
        init = getattr(obj, "__init__", None)
        if isfunction(init):
            return _function_signature(init, skip_first=True)
        new = obj.__dict__.get("__new__")
        if new is not None and isfunction(getattr(new, "__func__", new)):
            return _function_signature(getattr(new, "__func__", new), skip_first=True)
        raise ValueError("no signature found for builtin type %r" % (obj,))
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        return _function_signature(call, skip_first=True)
    raise ValueError("no signature found for builtin %r" % (obj,))
