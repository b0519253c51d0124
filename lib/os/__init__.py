"""Operating-system interfaces: CPython's `os` for what minipy supports
(process ids, the environment, the working directory, directories and
files), with `os.path` as a submodule."""

import _os
from . import path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"
error = OSError

getpid = _os.getpid
getppid = _os.getppid
cpu_count = _os.cpu_count
getcwd = _os.getcwd
chdir = _os.chdir
listdir = _os.listdir
mkdir = _os.mkdir
rmdir = _os.rmdir
remove = _os.remove
unlink = _os.remove
rename = _os.rename
replace = _os.rename
urandom = _os.urandom
strerror = _os.strerror

# File descriptors: only those minipy opened (os.open, open()) are known.
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_CLOEXEC = 0o2000000
O_NOFOLLOW = 0o400000
F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open(path, flags, mode=0o777, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.open(dir_fd=) is not supported by minipy")
    # O_CLOEXEC and O_NOFOLLOW change nothing minipy can observe.
    return _os.open(fspath(path), flags & ~(O_CLOEXEC | O_NOFOLLOW), mode)


close = _os.close
read = _os.read
write = _os.write


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _os.chmod(fspath(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is None:
        if times is None:
            import time
            now = time.time_ns()
            ns = (now, now)
        else:
            ns = tuple(int(t * 1_000_000_000) for t in times)
    _os.set_times(fspath(path), ns[0], ns[1])


class _Environ:
    """os.environ: a mutable mapping of str to str, read from the process
    environment when `os` is first imported."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % (k, v) for k, v in self._data.items())

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def copy(self):
        return dict(self._data)

    def clear(self):
        self._data.clear()


environ = _Environ(_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


fspath = path.fspath


def _secs(ns):
    return ns // 10**9 + (ns % 10**9) * 1e-9


class stat_result(tuple):
    """What os.stat returns: a 10-tuple (mode, ino, dev, nlink, uid, gid,
    size, atime, mtime, ctime as ints) with more fields by name."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, raw):
        mode, ino, dev, nlink, uid, gid, size, ans, mns, cns, blksize, blocks, rdev = raw
        self = tuple.__new__(cls, (mode, ino, dev, nlink, uid, gid, size, ans // 10**9, mns // 10**9, cns // 10**9))
        self.st_mode, self.st_ino, self.st_dev, self.st_nlink = mode, ino, dev, nlink
        self.st_uid, self.st_gid, self.st_size = uid, gid, size
        # CPython's float: seconds + nanoseconds * 1e-9 (not ns / 1e9, which
        # can round differently).
        self.st_atime, self.st_mtime, self.st_ctime = _secs(ans), _secs(mns), _secs(cns)
        self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns = ans, mns, cns
        self.st_blksize, self.st_blocks, self.st_rdev = blksize, blocks, rdev
        return self

    def __repr__(self):
        return ("os.stat_result(st_mode=%r, st_ino=%r, st_dev=%r, st_nlink=%r, st_uid=%r, st_gid=%r, "
                "st_size=%r, st_atime=%r, st_mtime=%r, st_ctime=%r)" % tuple(self))

    def __reduce__(self):
        return (stat_result, (tuple(self),))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat_raw(_stat_path(path), follow_symlinks, "stat"))


def _stat_path(path):
    # PathLike objects become their path; anything else goes to the native
    # call, which names the wrong type as CPython does.
    return fspath(path) if hasattr(type(path), "__fspath__") else path


def lstat(path, *, dir_fd=None):
    return stat_result(_os.stat_raw(_stat_path(path), False, "lstat"))


def fstat(fd):
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return stat_result(_os.stat_raw(fd, True, "fstat"))
