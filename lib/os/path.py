"""Pathname operations on POSIX paths (CPython's posixpath)."""

import _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
devnull = "/dev/null"


def fspath(p):
    """The str (or bytes) path of an os.PathLike object (os.fspath)."""
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    path = method(p)
    if isinstance(path, (str, bytes)):
        return path
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(p).__name__, type(path).__name__))


def _check(p, func):
    if not isinstance(p, str):
        raise TypeError("%s: path should be string, bytes or os.PathLike, not %s" % (func, type(p).__name__))


def isabs(s):
    """Test whether a path is absolute."""
    s = fspath(s)
    return s.startswith("/")


def join(a, *p):
    a = fspath(a)
    if not isinstance(a, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(a).__name__)
    path = a
    for b in p:
        if hasattr(type(b), "__fspath__"):
            b = fspath(b)
        if not isinstance(b, str):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % type(b).__name__)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    """Split a pathname into (head, tail); tail is everything after the final slash."""
    p = fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext)."""
    p = fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname."""
    p = fspath(p)
    i = p.rfind("/") + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = fspath(path)
    if path == "":
        return "."
    initial_slashes = 1 if path.startswith("/") else 0
    if initial_slashes and path.startswith("//") and not path.startswith("///"):
        initial_slashes = 2
    comps = path.split("/")
    new_comps = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == ".."):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    """Return an absolute path."""
    path = fspath(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    """Return a relative version of a path."""
    if not path:
        raise ValueError("no path specified")
    path = fspath(path)
    if start is None:
        start = curdir
    start = fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    """Expand ~ and ~user constructions (only ~ for the current user)."""
    path = fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    home = os.environ.get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def exists(path):
    return _os.kind(path) is not None


lexists = exists


def isfile(path):
    """Test whether a path is a regular file."""
    return _os.kind(path) == "file"


def isdir(s):
    return _os.kind(s) == "dir"


def islink(path):
    return _os.is_link(path)


def getsize(filename):
    return _os.getsize(filename)


def getmtime(filename):
    return _os.getmtime(filename)
