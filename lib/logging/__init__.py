# logging: loggers in a dotted-name hierarchy, levels, handlers and
# %-style formatters. Thread and process names come from threading and
# multiprocessing, so a format with %(threadName)s shows which worker
# logged what.

import sys
import time
import os
import threading
import _minipy_mp

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

# Two-way level table; addLevelName extends both directions.
_levelToName = {}
_nameToLevel = {"FATAL": FATAL, "WARN": WARNING}
for _lvl, _label in ((CRITICAL, "CRITICAL"), (ERROR, "ERROR"), (WARNING, "WARNING"),
                     (INFO, "INFO"), (DEBUG, "DEBUG"), (NOTSET, "NOTSET")):
    _levelToName[_lvl] = _label
    _nameToLevel[_label] = _lvl
del _lvl, _label

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
_lock = threading.RLock()


def getLevelName(level):
    # Numbers map to names and names back to numbers; anything unknown gets a generic label.
    for table in (_levelToName, _nameToLevel):
        if level in table:
            return table[level]
    return "Level %s" % level


def addLevelName(level, levelName):
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    try:
        return _nameToLevel[level]
    except KeyError:
        raise ValueError("Unknown level: %r" % level) from None


class _StderrStream:
    """Where output goes when there is no sys.stderr object."""

    def write(self, text):
        _minipy_mp.stderr_write(text)

    def flush(self):
        pass


def _stderr():
    return getattr(sys, "stderr", None) or _StderrStream()


def _process_name():
    mp = sys.modules.get("multiprocessing")
    if mp is None:
        return "MainProcess"
    try:
        return mp.current_process().name
    except Exception:
        return None


class LogRecord:
    """One logged event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None):
        now = time.time()
        # A lone non-empty dict argument is used for %(key)s formatting.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        if pathname:
            base = os.path.basename(pathname)
            module = os.path.splitext(base)[0]
        else:
            base, module = pathname, "Unknown module"
        self.__dict__.update(
            name=name, msg=msg, args=args,
            levelname=getLevelName(level), levelno=level,
            pathname=pathname, filename=base, module=module,
            exc_info=exc_info, exc_text=None, stack_info=sinfo,
            lineno=lineno, funcName=func,
            created=now, msecs=float(int((now % 1) * 1000)),
            relativeCreated=(now - _startTime) * 1000,
        )
        self.thread = threading.get_ident()
        self.threadName = threading.current_thread().name
        self.processName = _process_name()
        self.process = os.getpid()

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)


_startTime = time.time()


class Formatter:
    """Turns a record into text with a %-style format."""

    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True):
        if style != "%":
            raise NotImplementedError("logging: only %-style formats are supported by minipy")
        self._fmt = fmt or "%(message)s"
        self.datefmt = datefmt

    def usesTime(self):
        return self._fmt.find("%(asctime)") >= 0

    def formatTime(self, record, datefmt=None):
        moment = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        return self.default_msec_format % (time.strftime(self.default_time_format, moment), record.msecs)

    def formatException(self, ei):
        # minipy keeps no traceback frames for logging: the header and the exception line.
        return "Traceback (most recent call last):\n%s: %s" % (ei[0].__name__, ei[1])

    def formatMessage(self, record):
        return self._fmt % record.__dict__

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        text = self.formatMessage(record)
        if not record.exc_text:
            return text
        joiner = "" if text.endswith("\n") else "\n"
        return text + joiner + record.exc_text


_defaultFormatter = Formatter()


class Filter:
    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        # Passes the named logger and its descendants ("a.b" passes "a.b.c" but not "a.bc").
        if not self.name:
            return True
        return record.name == self.name or record.name.startswith(self.name + ".")


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        # A filter may be an object with .filter() or a plain callable; every one must agree.
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, "filter") else check(record)
            if not verdict:
                return False
        return True


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.setLevel(level)
        self.formatter = None
        self.name = None
        self.lock = threading.RLock()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            with self.lock:
                self.emit(record)
        return bool(passed)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        _stderr().write("--- Logging error ---\n")


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = _stderr() if stream is None else stream

    def flush(self):
        flusher = getattr(self.stream, "flush", None)
        if flusher is not None:
            flusher()

    def emit(self, record):
        self.stream.write(self.format(record) + self.terminator)
        self.flush()

    def setStream(self, stream):
        previous = self.stream
        if stream is previous:
            return None
        self.stream = stream
        return previous


class FileHandler(StreamHandler):
    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        StreamHandler.__init__(self, open(filename, mode))

    def close(self):
        opened, self.stream = self.stream, None
        if opened is not None:
            opened.close()


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


def _level_method(level):
    """Logger.debug/info/...: log at a fixed level when the logger is enabled for it."""
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__ = _levelToName[level].lower()
    return method


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.setLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        # The first explicit level found walking up towards the root.
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        return level > _disable_level and level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        full = suffix if self is self.root else "%s.%s" % (self.name, suffix)
        return getLogger(full)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _chain(self):
        """This logger and the ancestors its records propagate to."""
        node = self
        while node is not None:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._chain())

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info() if hasattr(sys, "exc_info") else None
        record = LogRecord(self.name, level, "(unknown file)", 0, msg, args, exc_info, "(unknown function)")
        if extra:
            record.__dict__.update({key: extra[key] for key in extra})
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def callHandlers(self, record):
        seen_any = False
        for node in self._chain():
            for handler in node.handlers:
                seen_any = True
                if record.levelno >= handler.level:
                    handler.handle(record)
        # Nobody configured anything: the last-resort handler still reports warnings and worse.
        if not seen_any and lastResort is not None and record.levelno >= lastResort.level:
            lastResort.handle(record)

    debug = _level_method(DEBUG)
    info = _level_method(INFO)
    warning = _level_method(WARNING)
    warn = warning
    error = _level_method(ERROR)
    critical = _level_method(CRITICAL)
    fatal = critical

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs["exc_info"] = exc_info
        self.error(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        super().__init__("root", level)


class _StderrHandler(StreamHandler):
    """The last resort: WARNING and above to stderr, bare messages."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return _stderr()


_disable_level = NOTSET
root = RootLogger(WARNING)
Logger.root = root
lastResort = _StderrHandler(WARNING)
_loggers = {}


def getLogger(name=None):
    if not name or name == "root":
        return root
    with _lock:
        if name not in _loggers:
            _loggers[name] = Logger(name)
            _fix_parents()
        return _loggers[name]


def _fix_parents():
    # Each logger's parent is its nearest existing dotted ancestor (or the root).
    for name, logger in _loggers.items():
        logger.parent = root
        parts = name.split(".")
        for cut in range(len(parts) - 1, 0, -1):
            ancestor = _loggers.get(".".join(parts[:cut]))
            if ancestor is not None:
                logger.parent = ancestor
                break


def _default_handlers(options):
    target_file = options.pop("filename", None)
    target_stream = options.pop("stream", None)
    mode = options.pop("filemode", "a")
    if not target_file:
        return [StreamHandler(target_stream)]
    if target_stream is not None:
        raise ValueError("'stream' and 'filename' should not be specified together")
    return [FileHandler(target_file, mode)]


def basicConfig(**kwargs):
    options = dict(kwargs)
    with _lock:
        if options.pop("force", False):
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            # Already configured: basicConfig does nothing (unless forced).
            return
        chosen = options.pop("handlers", None)
        if chosen is None:
            chosen = _default_handlers(options)
        shared = Formatter(options.pop("format", BASIC_FORMAT), options.pop("datefmt", None),
                           options.pop("style", "%"))
        for handler in chosen:
            if handler.formatter is None:
                handler.setFormatter(shared)
            root.addHandler(handler)
        wanted = options.pop("level", None)
        if wanted is not None:
            root.setLevel(wanted)
        for accepted in ("encoding", "errors"):
            options.pop(accepted, None)
        if options:
            raise ValueError("Unrecognised argument(s): %s" % ", ".join(options))


def disable(level=CRITICAL):
    global _disable_level
    _disable_level = level


def shutdown():
    for handler in root.handlers:
        handler.flush()


def _via_root(method_name):
    """The module-level debug/info/...: configure the root logger if needed, then use it."""
    def function(msg, *args, **kwargs):
        if len(root.handlers) == 0:
            basicConfig()
        getattr(root, method_name)(msg, *args, **kwargs)
    function.__name__ = method_name
    return function


debug = _via_root("debug")
info = _via_root("info")
warning = _via_root("warning")
warn = warning
error = _via_root("error")
exception = _via_root("exception")
critical = _via_root("critical")
fatal = critical


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)
