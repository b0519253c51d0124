"""Temporary files and directories, as CPython's tempfile module: names
made of random characters in the temporary directory, created so that no
other process can have made the same one (O_EXCL, mkdir)."""

import os as _os
import io as _io
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _names():
    while True:
        yield "".join(_rng.choice(_CHARACTERS) for _ in range(8))


def _candidate_dirs():
    for var in ("TMPDIR", "TEMP", "TMP"):
        d = _os.getenv(var)
        if d:
            yield d
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield _os.getcwd()


def _get_default_tempdir():
    for d in _candidate_dirs():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        if _os.path.isdir(d):
            return d
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))


def gettempdir():
    """The default directory for temporary files (tempfile.tempdir once
    set)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fspath(tempdir)


def gettempdirb():
    return gettempdir().encode()


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _sanitize_params(prefix, suffix, dir):
    if isinstance(prefix, bytes) or isinstance(suffix, bytes) or isinstance(dir, bytes):
        raise NotImplementedError("bytes paths are not supported by minipy's tempfile")
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def _mkstemp_inner(dir, pre, suf, flags):
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, pre + next(names) + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


_BIN_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only the caller can use; return (fd, absolute path)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only the caller can use; return its absolute
    path."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has at the moment (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a name, removed when closed (delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._cleanup()
        return result

    def _cleanup(self):
        if not self._closed:
            self._closed = True
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        try:
            self.file.close()
        finally:
            self._cleanup()

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object at {id(self):#x}>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), removed on close
    when delete is true."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    file.name = name
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A temporary file with no name in the file system (its `.name` is
    its descriptor)."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class TemporaryDirectory:
    """A directory removed, with everything in it, by cleanup() or at the
    end of a `with` block (which gives its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = None
        try:
            import weakref
            self._finalizer = weakref.finalize(self, TemporaryDirectory._cleanup, self.name,
                                               ignore_cleanup_errors)
        except ImportError:
            pass

    @staticmethod
    def _cleanup(name, ignore_errors):
        import shutil
        shutil.rmtree(name, ignore_errors=ignore_errors)

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer is not None:
            if self._finalizer.detach() is None and not _os.path.exists(self.name):
                return
        import shutil
        if _os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
