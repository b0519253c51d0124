# The `traceback` module over minipy's own traceback records. minipy has no
# traceback or frame objects: every function here reads the exception
# itself (the `tb` arguments CPython takes are accepted and ignored), and
# the text is exactly what an uncaught exception would print.

import sys as _sys

__all__ = ["print_exc", "format_exc", "print_exception", "format_exception", "format_exception_only",
           "print_tb", "format_tb", "extract_tb", "format_list", "print_list", "FrameSummary",
           "StackSummary", "TracebackException", "print_last", "print_stack", "format_stack"]


class FrameSummary:
    """One line of a traceback: where (`filename`, `lineno`, `name`) and
    the source `line`. Unpacks as a 4-tuple, as in CPython."""

    def __init__(self, filename, lineno, name, line=None, **ignored):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line
        self.locals = None

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return tuple(self) == tuple(other)
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file %s, line %s in %s>" % (self.filename, self.lineno, self.name)


class StackSummary(list):
    @classmethod
    def from_list(cls, frames):
        result = cls()
        for frame in frames:
            result.append(frame if isinstance(frame, FrameSummary) else FrameSummary(*frame))
        return result

    def format(self):
        return format_list(self)


def _exception_from(args):
    # Both spellings: (exc) and the older (type, value, tb).
    if len(args) == 1:
        return args[0]
    if len(args) >= 2:
        return args[1]
    raise TypeError("print_exception() missing required argument 'exc'")


def _current():
    return _sys.exception()


def _write(text, file):
    (file if file is not None else _sys.stderr).write(text)




def format_exception_only(exc, value=None):
    if value is not None or not isinstance(exc, BaseException):
        exc = value
    if exc is None:
        return ["NoneType: None\n"]
    lines = _sys._format_exception(exc, False).splitlines(True)
    # The last line(s) after the frames: "Type: message" (a SyntaxError
    # has its location lines first).
    tail = []
    for line in reversed(lines):
        tail.append(line)
        if not line.startswith(" "):
            break
    tail.reverse()
    while len(tail) > 1 and tail[0].startswith("Traceback"):
        tail.pop(0)
    return tail


def format_exception(*args, limit=None, chain=True):
    exc = _exception_from(args)
    if exc is None:
        return ["NoneType: None\n"]
    return _sys._format_exception(exc, chain).splitlines(True)


def print_exception(*args, limit=None, file=None, chain=True):
    _write("".join(format_exception(*args, limit=limit, chain=chain)), file)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(_current(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    _write(format_exc(limit=limit, chain=chain), file)


def print_last(limit=None, file=None, chain=True):
    raise ValueError("no last exception")


def extract_tb(tb_or_exc, limit=None):
    # minipy hands out no traceback objects; accept the exception itself
    # (what `e.__traceback__` would have come from).
    exc = tb_or_exc if isinstance(tb_or_exc, BaseException) else _current()
    frames = [FrameSummary(*entry) for entry in _sys._extract_tb(exc)] if exc is not None else []
    if limit is not None:
        frames = frames[:limit] if limit >= 0 else frames[limit:]
    return StackSummary(frames)


def format_list(frames):
    out = []
    for frame in frames:
        filename, lineno, name, line = tuple(frame)
        text = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            text += "    %s\n" % line.strip()
        out.append(text)
    return out


def print_list(frames, file=None):
    _write("".join(format_list(frames)), file)


def format_tb(tb_or_exc, limit=None):
    return format_list(extract_tb(tb_or_exc, limit))


def print_tb(tb_or_exc, limit=None, file=None):
    _write("".join(format_tb(tb_or_exc, limit)), file)


def print_stack(f=None, limit=None, file=None):
    raise NotImplementedError("minipy: traceback.print_stack is not supported (frames are not objects)")


def format_stack(f=None, limit=None):
    raise NotImplementedError("minipy: traceback.format_stack is not supported (frames are not objects)")


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, capture_locals=False, **ignored):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_value, limit) if exc_value is not None else StackSummary()
        self.__cause__ = None
        self.__context__ = None

    @classmethod
    def from_exception(cls, exc, **kwargs):
        return cls(type(exc), exc, None, **kwargs)

    def format(self, *, chain=True):
        return iter(format_exception(self._exc, chain=chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def __str__(self):
        return str(self._exc)
