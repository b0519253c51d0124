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

_levelToName = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING",
                INFO: "INFO", DEBUG: "DEBUG", NOTSET: "NOTSET"}
_nameToLevel = {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR,
                "WARN": WARNING, "WARNING": WARNING, "INFO": INFO,
                "DEBUG": DEBUG, "NOTSET": NOTSET}

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
_lock = threading.RLock()


def getLevelName(level):
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


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
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = os.path.basename(pathname) if pathname else pathname
        self.module = os.path.splitext(self.filename)[0] if pathname else "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        current = threading.current_thread()
        self.thread = threading.get_ident()
        self.threadName = current.name
        self.processName = _process_name()
        self.process = os.getpid()

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

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
        return "%(asctime)" in self._fmt

    def formatTime(self, record, datefmt=None):
        ct = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, ct)
        s = time.strftime(self.default_time_format, ct)
        return self.default_msec_format % (s, record.msecs)

    def formatException(self, ei):
        typ, value, tb = ei
        return "Traceback (most recent call last):\n%s: %s" % (typ.__name__, value)

    def formatMessage(self, record):
        return self._fmt % record.__dict__

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        return s


_defaultFormatter = Formatter()


class Filter:
    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


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
        for f in self.filters:
            result = f.filter(record) if hasattr(f, "filter") else f(record)
            if not result:
                return False
        return True


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
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
        if not self.filter(record):
            return False
        with self.lock:
            self.emit(record)
        return True

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
        self.stream = stream if stream is not None else _stderr()

    def flush(self):
        if hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        msg = self.format(record)
        self.stream.write(msg + self.terminator)
        self.flush()

    def setStream(self, stream):
        if stream is self.stream:
            return None
        old = self.stream
        self.stream = stream
        return old


class FileHandler(StreamHandler):
    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        StreamHandler.__init__(self, open(filename, mode))

    def close(self):
        if self.stream is not None:
            self.stream.close()
            self.stream = None


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if _disable_level >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + "." + suffix
        return getLogger(suffix)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info() if hasattr(sys, "exc_info") else None
        record = LogRecord(self.name, level, "(unknown file)", 0, msg, args, exc_info, "(unknown function)")
        if extra:
            for key in extra:
                record.__dict__[key] = extra[key]
        self.handle(record)

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        self.callHandlers(record)

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0 and lastResort is not None:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


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
        logger = _loggers.get(name)
        if logger is not None:
            return logger
        logger = Logger(name)
        _loggers[name] = logger
        _fix_parents()
        return logger


def _fix_parents():
    # Each logger's parent is its nearest existing dotted ancestor.
    for name, logger in _loggers.items():
        parent = root
        i = name.rfind(".")
        while i > 0:
            candidate = _loggers.get(name[:i])
            if candidate is not None:
                parent = candidate
                break
            i = name.rfind(".", 0, i)
        logger.parent = parent


def basicConfig(**kwargs):
    with _lock:
        force = kwargs.pop("force", False)
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if not root.handlers:
            handlers = kwargs.pop("handlers", None)
            filename = kwargs.pop("filename", None)
            stream = kwargs.pop("stream", None)
            filemode = kwargs.pop("filemode", "a")
            if handlers is None:
                if filename:
                    if stream is not None:
                        raise ValueError("'stream' and 'filename' should not be specified together")
                    h = FileHandler(filename, filemode)
                else:
                    h = StreamHandler(stream)
                handlers = [h]
            fmt = Formatter(kwargs.pop("format", BASIC_FORMAT), kwargs.pop("datefmt", None),
                            kwargs.pop("style", "%"))
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            kwargs.pop("encoding", None)
            kwargs.pop("errors", None)
            if kwargs:
                raise ValueError("Unrecognised argument(s): %s" % ", ".join(kwargs.keys()))


def disable(level=CRITICAL):
    global _disable_level
    _disable_level = level


def shutdown():
    for h in root.handlers:
        h.flush()


def _root_call(method, msg, args, kwargs):
    if not root.handlers:
        basicConfig()
    getattr(root, method)(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _root_call("debug", msg, args, kwargs)


def info(msg, *args, **kwargs):
    _root_call("info", msg, args, kwargs)


def warning(msg, *args, **kwargs):
    _root_call("warning", msg, args, kwargs)


warn = warning


def error(msg, *args, **kwargs):
    _root_call("error", msg, args, kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _root_call("error", msg, args, dict(kwargs, exc_info=exc_info))


def critical(msg, *args, **kwargs):
    _root_call("critical", msg, args, kwargs)


fatal = critical


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)
