"""High-level file operations, as CPython's shutil: copying files and
trees, removing trees, moving, finding programs."""

import os
import sys
import fnmatch
import _os

__all__ = ["disk_usage", "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree",
           "Error", "SameFileError", "ignore_patterns", "which"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of file-like object fsrc to file-like object fdst."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    return os.path.abspath(os.fspath(src)) == os.path.abspath(os.fspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to a file named dst; return dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    os.chmod(dst, _os.st_mode(os.fspath(src), True) & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of
    src to dst."""
    atime, mtime = _os.times(os.fspath(src), True)
    os.utime(dst, ns=(atime, mtime))
    copymode(src, dst)


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"); return the file's
    destination (dst, or dst/basename(src) when dst is a directory)."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata (mode, times); return the destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A copytree `ignore` function ignoring names that match any of the
    glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Recursively copy the directory tree src to dst; return dst."""
    if symlinks:
        raise NotImplementedError("shutil.copytree(symlinks=True) is not supported by minipy")
    names = sorted(os.listdir(src))
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        _lstat(os.fspath(path))
    except OSError:
        onerror(_lstat, path, sys.exc_info())
        return
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree(path, onerror)


def _lstat(path):
    # What CPython's rmtree calls first (and names to onerror): os.lstat.
    return _os.st_mode(path, False)


_lstat.__name__ = "lstat"
_lstat.__qualname__ = "lstat"


def _rmtree(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _rmtree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    return os.path.basename(path.rstrip(os.sep))


def move(src, dst, copy_function=copy2):
    """Move a file or directory to another location ("mv"); return the
    destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` would run, or None."""
    if mode != os.F_OK | os.X_OK:
        raise NotImplementedError("shutil.which(mode=) is not supported by minipy")
    if os.path.dirname(cmd):
        return cmd if _os.is_executable(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in os.fspath(path).split(os.pathsep):
        if d in seen:
            continue
        seen.add(d)
        name = os.path.join(d, cmd)
        if _os.is_executable(name):
            return name
    return None


class _ntuple_diskusage(tuple):
    def __new__(cls, total, used, free):
        self = tuple.__new__(cls, (total, used, free))
        self.total, self.used, self.free = total, used, free
        return self

    def __repr__(self):
        return "usage(total=%r, used=%r, free=%r)" % tuple(self)


def disk_usage(path):
    """Total, used and free space of the file system holding path, in bytes."""
    frsize, blocks, bfree, bavail = _os.statvfs_raw(os.fspath(path))
    total = blocks * frsize
    return _ntuple_diskusage(total, (blocks - bfree) * frsize, bavail * frsize)
