# warnings: report conditions that are not errors, under the control of
# filters that can ignore them, show them, or turn them into exceptions.
#
# minipy's frames are not objects, so a warning cannot name the line that
# issued it: it is shown at "sys:1", which is what CPython itself prints
# when `stacklevel` points above the outermost frame.

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings", "filters", "WarningMessage"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message text prefix or None, category, module or None, lineno)
filters = []
_shown = set()


def _default_filters():
    filters[:] = [
        ("default", None, DeprecationWarning, "__main__", 0),
        ("ignore", None, DeprecationWarning, None, 0),
        ("ignore", None, PendingDeprecationWarning, None, 0),
        ("ignore", None, ImportWarning, None, 0),
        ("ignore", None, ResourceWarning, None, 0),
    ]


_default_filters()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        text += "  %s\n" % line.strip()
    return text


def _show(message):
    text = formatwarning(message.message, message.category, message.filename, message.lineno, message.line)
    (message.file or sys.stderr).write(text)


def showwarning(message, category, filename, lineno, file=None, line=None):
    _show(WarningMessage(message, category, filename, lineno, file, line))


def _check_category(category):
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    _check_category(category)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add((action, message or None, category, module or None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    _add((action, None, category, None, lineno), append)


def _add(entry, append):
    if entry in filters:
        filters.remove(entry)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)
    _shown.clear()


def resetwarnings():
    filters[:] = []
    _shown.clear()


def _action_for(text, category, module, lineno):
    for action, prefix, wanted, mod, line in filters:
        if prefix is not None and not text.lower().startswith(prefix.lower()):
            continue
        if not issubclass(category, wanted):
            continue
        if mod is not None and mod != module:
            continue
        if line and line != lineno:
            continue
        return action
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    _check_category(category)
    warn_explicit(message, category, "sys", 1, module="sys", source=source)


def _passes_filters(message, text, category, module, filename, lineno):
    """Whether the filters and the shown-once registry let this warning be
    shown; raises it when the filters turn it into an error."""
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return False
    if action == "error":
        raise message
    key = (text, category) if action == "once" else (text, category, filename, lineno)
    if action != "always":
        if key in _shown:
            return False
        _shown.add(key)
    return True


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = str(message)
        message = category(message)
    if not _passes_filters(message, text, category, module, filename, lineno):
        return
    record = WarningMessage(message, category, filename, lineno, None, None, source)
    hook = _recorders[-1] if _recorders else None
    if hook is not None:
        hook(record)
    else:
        showwarning(message, category, filename, lineno)


_recorders = []


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = (action, category, lineno, append)
        self._entered = False

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved = (filters[:], set(_shown))
        action, category, lineno, append = self._action
        if action is not None:
            simplefilter(action, category, lineno, append)
        if self._record:
            log = []
            _recorders.append(log.append)
            return log
        _recorders.append(None)
        return None

    def __exit__(self, *exc_info):
        saved_filters, saved_shown = self._saved
        filters[:] = saved_filters
        _shown.clear()
        _shown.update(saved_shown)
        _recorders.pop()
        return False

    def __repr__(self):
        return "catch_warnings(record=%s)" % self._record


def _warn_unawaited(text, filename, lineno, line):
    # The VM's report of a coroutine released before it started. CPython
    # also names where the coroutine was made when tracemalloc traces
    # allocations; minipy has no tracemalloc, so the note says how to.
    category = RuntimeWarning
    message = category(text)
    if not _passes_filters(message, text, category, None, filename, lineno):
        return
    hook = _recorders[-1] if _recorders else None
    if hook is not None:
        hook(WarningMessage(message, category, filename, lineno, None, line or None, None))
        return
    sys.stderr.write(formatwarning(message, category, filename, lineno, line)
                     + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
