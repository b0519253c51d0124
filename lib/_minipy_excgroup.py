"""BaseExceptionGroup and ExceptionGroup (PEP 654), and the bookkeeping
behind `except*`. The interpreter makes both group classes builtins on
first use, and compiles an `except*` clause to calls of _StarMatch."""


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")


class BaseExceptionGroup(BaseException):
    def __new__(cls, message, exceptions, /):
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + type(message).__name__)
        try:
            excs = tuple(exceptions)
        except TypeError:
            raise TypeError("second argument (exceptions) must be a sequence") from None
        if isinstance(exceptions, (set, frozenset, dict)) or exceptions is None:
            raise TypeError("second argument (exceptions) must be a sequence")
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        all_plain = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup and all_plain:
            cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_plain:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '" + cls.__name__ + "'")
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, message, exceptions, /):
        super().__init__(message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self._message, self.args[1])

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_keeping(self, excs):
        group = self.derive(excs)
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        if hasattr(self, "__notes__"):
            group.__notes__ = list(self.__notes__)
        return group

    def split(self, condition):
        match = _matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(condition)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        m = self._derive_keeping(matched) if matched else None
        r = self._derive_keeping(rest) if rest else None
        return m, r

    def subgroup(self, condition):
        return self.split(condition)[0]

    def add_note(self, note):
        if not isinstance(note, str):
            raise TypeError("note must be a str, not '%s'" % type(note).__name__)
        if not hasattr(self, "__notes__"):
            self.__notes__ = []
        self.__notes__.append(note)


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


class _StarMatch:
    """One `try` with `except*` clauses: the exception still unhandled,
    and what the handlers raised."""

    def __init__(self, exc):
        if isinstance(exc, BaseExceptionGroup):
            self.original = exc
            self.rest = exc
            self.naked = False
        else:
            self.original = exc
            self.rest = BaseExceptionGroup("", (exc,))
            self.naked = True
        self.raised = []

    def split(self, condition):
        if isinstance(condition, type) and issubclass(condition, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        if self.rest is None:
            return None
        if self.naked:
            # A bare exception is handed over in the one-item group that
            # wraps it, as CPython does.
            if _matcher(condition)(self.original):
                matched, self.rest = self.rest, None
                return matched
            return None
        matched, self.rest = self.rest.split(condition)
        return matched

    def handler_raised(self, exc):
        self.raised.append(exc)

    def finish(self):
        """Re-raises what no clause handled, with what the clauses raised."""
        if not self.raised:
            if self.rest is None:
                return
            if self.naked:
                raise self.original
            if self.rest is self.original:
                raise self.original
            raise self.rest
        leftover = list(self.raised)
        if self.rest is not None:
            leftover.append(self.original if self.naked else self.rest)
        raise BaseExceptionGroup("", leftover)
