"""Path names matching a shell pattern: glob('*.py'), glob('**/x', recursive=True)."""

import fnmatch
import os

__all__ = ["glob", "iglob", "escape", "has_magic"]


def has_magic(s):
    return any(c in s for c in "*?[")


def escape(pathname):
    drive, rest = "", pathname
    out = []
    for c in rest:
        out.append("[" + c + "]" if c in "*?[" else c)
    return drive + "".join(out)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    base = root_dir if root_dir is not None else ""
    for path in _glob(pathname, base, recursive, include_hidden):
        yield path


def _exists(base, path):
    return os.path.lexists(os.path.join(base, path) if base else path)


def _isdir(base, path):
    return os.path.isdir(os.path.join(base, path) if base else path)


def _list(base, dirname):
    where = os.path.join(base, dirname) if base else dirname
    try:
        return os.listdir(where or os.curdir)
    except OSError:
        return []


def _glob(pathname, base, recursive, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(base, pathname):
                yield pathname
        elif _isdir(base, dirname):
            yield pathname
        return
    if not dirname:
        yield from _match_in(base, "", basename, recursive, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = list(_glob(dirname, base, recursive, include_hidden))
    else:
        dirs = [dirname]
    for d in dirs:
        if not _isdir(base, d):
            continue
        for name in _match_in(base, d, basename, recursive, include_hidden):
            yield os.path.join(d, name)


def _match_in(base, dirname, pattern, recursive, include_hidden):
    if recursive and pattern == "**":
        yield from _recurse(base, dirname, include_hidden, top=True)
        return
    if not has_magic(pattern):
        if (pattern and _exists(base, os.path.join(dirname, pattern))) or (not pattern and _isdir(base, dirname)):
            yield pattern
        return
    names = _list(base, dirname)
    if not (include_hidden or pattern.startswith(".")):
        names = [n for n in names if not n.startswith(".")]
    yield from fnmatch.filter(names, pattern)


def _recurse(base, dirname, include_hidden, top):
    if top:
        yield ""
    for name in _list(base, dirname):
        if name.startswith(".") and not include_hidden:
            continue
        yield name
        path = os.path.join(dirname, name) if dirname else name
        if _isdir(base, path) and not os.path.islink(os.path.join(base, path) if base else path):
            for sub in _recurse(base, path, include_hidden, False):
                yield os.path.join(name, sub)
