"""Shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`) matched against
file names, by translation to regular expressions."""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    """Case-sensitive on POSIX, as CPython's: os.path.normcase is identity."""
    return fnmatchcase(os.path.normcase(name) if hasattr(os.path, "normcase") else name, pat)


def _compiled(pat):
    regex = _cache.get(pat)
    if regex is None:
        regex = re.compile(translate(pat))
        _cache[pat] = regex
    return regex


def fnmatchcase(name, pat):
    return _compiled(pat).match(name) is not None


def filter(names, pat):
    match = _compiled(pat).match
    return [n for n in names if match(n)]


def translate(pat):
    """The regular expression (as a string) that `pat` stands for."""
    i, n = 0, len(pat)
    out = []
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            # Runs of stars mean one star.
            if not out or out[-1] != ".*":
                out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append("\\[")
            else:
                stuff = pat[i:j]
                i = j + 1
                if not stuff:
                    out.append("(?!)")
                elif stuff == "!":
                    out.append(".")
                else:
                    stuff = stuff.replace("\\", "\\\\")
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    out.append("[" + stuff + "]")
        else:
            out.append(re.escape(c))
    return "(?s:" + "".join(out) + ")\\Z"
