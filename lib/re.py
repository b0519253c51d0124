# re: regular expressions with Python's syntax. The engine is native
# (_re, fancy-regex underneath, patterns translated from Python's syntax);
# this module holds the Pattern and Match objects, replacement templates
# and the module-level functions. Positions are str indices.

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
]

# Flags are plain ints here (CPython's are a RegexFlag enum; their values
# and combinations are the same).
NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [
    (TEMPLATE, "re.TEMPLATE"), (IGNORECASE, "re.IGNORECASE"),
    (LOCALE, "re.LOCALE"), (MULTILINE, "re.MULTILINE"), (DOTALL, "re.DOTALL"),
    (UNICODE, "re.UNICODE"), (VERBOSE, "re.VERBOSE"), (DEBUG, "re.DEBUG"),
    (ASCII, "re.ASCII"),
]


class error(Exception):
    """A regular expression that does not compile (CPython's re.error)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno = None
        self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            # Line and column (both from 1) are only spelled out for multi-line patterns.
            newline = b"\n" if isinstance(pattern, bytes) else "\n"
            head = pattern[:pos]
            self.lineno = head.count(newline) + 1
            self.colno = pos - head.rfind(newline)
            text = "%s at position %d" % (msg, pos)
            if newline in pattern:
                text += " (line %d, column %d)" % (self.lineno, self.colno)
        super().__init__(text)


PatternError = error


def _check_string(string):
    if isinstance(string, str):
        return string
    if isinstance(string, (bytes, bytearray, memoryview)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    raise TypeError("expected string or bytes-like object, got '%s'"
                    % type(string).__name__)


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        # A bytes pattern is matched as the text its bytes spell in
        # Latin-1 (one character per byte, so spans are byte offsets) with
        # ASCII classes, as CPython matches bytes; the subject is decoded
        # the same way and the match slices the caller's original object.
        self._bytes = isinstance(pattern, bytes)
        text = pattern
        if self._bytes:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            text = pattern.decode("latin-1")
            info = _re.compile(text, flags | ASCII)
        else:
            info = _re.compile(pattern, flags)
        if info[0] is None:
            raise error(info[1], pattern, info[2])
        self._id = info[0]
        self.pattern = pattern
        self.groups = info[1]
        self.groupindex = dict(info[2])
        if self._bytes:
            self.flags = (info[3] & ~ASCII) | (flags & ASCII)
        else:
            self.flags = info[3] | UNICODE if not info[3] & ASCII else info[3]
        self._close_order = info[4]
        self._names = {}
        for name, index in info[2]:
            self._names[index] = name

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        shown = self.flags & ~UNICODE
        if not shown:
            return "re.compile(%s)" % text
        names = []
        for bit, name in _FLAG_NAMES:
            if shown & bit:
                names.append(name)
                shown &= ~bit
        if shown:
            names.append(hex(shown))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _subject(self, string):
        # The text the matcher sees for `string`, checked against the
        # pattern's kind with CPython's messages.
        if not self._bytes:
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            return _check_string(string)
        if isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if isinstance(string, (bytes, bytearray, memoryview)):
            return bytes(string).decode("latin-1")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)

    # search, match and fullmatch each run the matcher themselves (no
    # shared helper): they are called once per line in a text scan.
    # A str subject of a str pattern (the usual case) needs no checks.
    def search(self, string, pos=0, endpos=None):
        text = string if type(string) is str and not self._bytes else self._subject(string)
        spans = _re.exec(self._id, text, pos, endpos, 0)
        return None if spans is None else Match(self, string, spans, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        text = string if type(string) is str and not self._bytes else self._subject(string)
        spans = _re.exec(self._id, text, pos, endpos, 1)
        return None if spans is None else Match(self, string, spans, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        text = string if type(string) is str and not self._bytes else self._subject(string)
        spans = _re.exec(self._id, text, pos, endpos, 2)
        return None if spans is None else Match(self, string, spans, pos, endpos)

    def _scan(self, string, pos=0, endpos=None, limit=0):
        # Pieces of a bytes-like subject come back as bytes, as in CPython.
        text = self._subject(string)
        string = bytes(string) if self._bytes else text
        return string, _re.scan(self._id, text, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        found = self._scan(string, pos, endpos)[1]
        for spans in found:
            yield Match(self, string, spans, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        string, found = self._scan(string, pos, endpos)
        out = []
        n = self.groups
        for spans in found:
            if n == 0:
                out.append(string[spans[0]:spans[1]])
            elif n == 1:
                out.append(_text(string, spans, 1))
            else:
                out.append(tuple([_text(string, spans, g) for g in range(1, n + 1)]))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            self._subject(string)
            return [string]
        string, found = self._scan(string, 0, None, maxsplit)
        out = []
        last = 0
        for spans in found:
            out.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                if spans[2 * g] < 0:
                    out.append(None)
                else:
                    out.append(string[spans[2 * g]:spans[2 * g + 1]])
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            template = None
        else:
            template = _parse_template(self._subject(repl), self)
        if count < 0:
            return self._subject(string) if not self._bytes else string, 0
        string, found = self._scan(string, 0, None, count)
        if self._bytes:
            return self._subn_bytes(repl, template, string, found)
        pieces = []
        last = 0
        for spans in found:
            if spans[0] > last:
                pieces.append(string[last:spans[0]])
            if template is None:
                piece = repl(Match(self, string, spans, 0, None))
                # None counts as empty; other non-strs fail the join, with
                # CPython's message naming the item's index.
                if piece is not None:
                    if not isinstance(piece, str):
                        raise TypeError("sequence item %d: expected str instance, %s found"
                                        % (len(pieces), type(piece).__name__))
                    pieces.append(piece)
            else:
                pieces.append(_expand(template, string, spans))
            last = spans[1]
        pieces.append(string[last:])
        return "".join(pieces), len(found)

    def _subn_bytes(self, repl, template, string, found):
        text = bytes(string).decode("latin-1")
        pieces = []
        last = 0
        for spans in found:
            if spans[0] > last:
                pieces.append(bytes(string[last:spans[0]]))
            if template is None:
                piece = repl(Match(self, string, spans, 0, None))
                if piece is not None:
                    if not isinstance(piece, (bytes, bytearray, memoryview)):
                        raise TypeError("sequence item %d: expected a bytes-like object, %s found"
                                        % (len(pieces), type(piece).__name__))
                    pieces.append(bytes(piece))
            else:
                pieces.append(_expand(template, text, spans).encode("latin-1"))
            last = spans[1]
        pieces.append(bytes(string[last:]))
        return b"".join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("re: Pattern.scanner is not supported by minipy")


def _text(string, spans, g, default=""):
    start = spans[2 * g]
    if start < 0:
        return default
    return string[start:spans[2 * g + 1]]


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        # Groups of a bytearray or memoryview subject are bytes.
        if pattern._bytes and type(string) is not bytes:
            string = bytes(string)
        self._sliced = string
        self._spans = spans
        self._pos = pos
        self._endpos = endpos

    # pos and endpos are clamped when read: a scanner calling match() per
    # token reads neither.
    @property
    def pos(self):
        return max(0, min(self._pos, len(self._sliced)))

    @property
    def endpos(self):
        n = len(self._sliced)
        return n if self._endpos is None else max(0, min(self._endpos, n))

    # Worked out when asked for: most matches are only read for a group.
    @property
    def lastindex(self):
        pattern = self.re
        spans = self._spans
        last = None
        last_end = -1
        for g in range(1, pattern.groups + 1) if pattern.groups else ():
            end = spans[2 * g + 1]
            if end < 0:
                continue
            if end > last_end or (end == last_end and
                                  pattern._close_order[g - 1] > pattern._close_order[last - 1]):
                last = g
                last_end = end
        return last

    @property
    def lastgroup(self):
        last = self.lastindex
        return self.re._names.get(last) if last is not None else None

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        raise IndexError("no such group")

    def group(self, *args):
        if len(args) == 1:
            g = args[0]
            if type(g) is not int or not 0 <= g <= self.re.groups:
                g = self._index(g)
            start = self._spans[2 * g]
            if start < 0:
                return None
            return self._sliced[start:self._spans[2 * g + 1]]
        if not args:
            spans = self._spans
            return self._sliced[spans[0]:spans[1]]
        return tuple([_text(self._sliced, self._spans, self._index(g), None) for g in args])

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple([_text(self._sliced, self._spans, g, default)
                      for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        out = {}
        for name, index in self.re.groupindex.items():
            out[name] = _text(self._sliced, self._spans, index, default)
        return out

    def start(self, group=0):
        if group == 0 and type(group) is int:
            return self._spans[0]
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        if group == 0 and type(group) is int:
            return self._spans[1]
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    @property
    def regs(self):
        return tuple([(self._spans[2 * g], self._spans[2 * g + 1])
                      for g in range(self.re.groups + 1)])

    def expand(self, template):
        if self.re._bytes:
            text = self._sliced.decode("latin-1")
            return _expand(_parse_template(self.re._subject(template), self.re),
                           text, self._spans).encode("latin-1")
        return _expand(_parse_template(_check_string(template), self.re),
                       self.string, self._spans)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                   "t": "\t", "v": "\v", "\\": "\\"}
_OCTAL = "01234567"
_DIGITS = "0123456789"


def _parse_template(repl, pattern):
    """A replacement template as a list of literal strings and group
    numbers."""
    if "\\" not in repl:
        return [repl]
    out = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        c = repl[i + 1]
        group = None
        if c == "g":
            if i + 2 >= n or repl[i + 2] != "<":
                raise error("missing <", repl, i + 2)
            close = repl.find(">", i + 3)
            if close < 0:
                if i + 3 >= n:
                    raise error("missing group name", repl, i + 3)
                raise error("missing >, unterminated name", repl, i + 3)
            name = repl[i + 3:close]
            if not name:
                raise error("missing group name", repl, i + 3)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > pattern.groups:
                    raise error("invalid group reference %d" % group, repl, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            i = close + 1
        elif c == "0":
            j = i + 2
            while j < n and j < i + 4 and repl[j] in _OCTAL:
                j += 1
            literal.append(chr(int(repl[i + 1:j], 8)))
            i = j
            continue
        elif c in _DIGITS:
            j = i + 2
            if j < n and repl[j] in _DIGITS:
                if (c in _OCTAL and repl[j] in _OCTAL and j + 1 < n
                        and repl[j + 1] in _OCTAL):
                    value = int(repl[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % repl[i + 1:j + 2], repl, i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            group = int(repl[i + 1:j])
            if group > pattern.groups:
                raise error("invalid group reference %d" % group, repl, i + 1)
            i = j
        elif c in _SIMPLE_ESCAPES:
            literal.append(_SIMPLE_ESCAPES[c])
            i += 2
            continue
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, repl, i)
        else:
            literal.append("\\" + c)
            i += 2
            continue
        if literal:
            out.append("".join(literal))
            literal = []
        out.append(group)
    if literal:
        out.append("".join(literal))
    return out


def _expand(template, string, spans):
    if len(template) == 1 and isinstance(template[0], str):
        return template[0]
    parts = []
    for item in template:
        if isinstance(item, str):
            parts.append(item)
        else:
            parts.append(_text(string, spans, item))
    return "".join(parts)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    # Compiled patterns pass through; strings go through a small cache, emptied when it fills.
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    # The type is part of the key: b"a" and "a" compile differently.
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, (str, bytes)):
        found = _cache.get(key)
        if found is not None:
            return found
    else:
        raise TypeError("first argument must be string or compiled pattern")
    compiled = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    compiled = _compile(pattern, flags)
    return compiled


def search(pattern, string, flags=0):
    compiled = _compile(pattern, flags)
    return compiled.search(string)


def match(pattern, string, flags=0):
    compiled = _compile(pattern, flags)
    return compiled.match(string)


def fullmatch(pattern, string, flags=0):
    compiled = _compile(pattern, flags)
    return compiled.fullmatch(string)


def findall(pattern, string, flags=0):
    compiled = _compile(pattern, flags)
    return compiled.findall(string)


def finditer(pattern, string, flags=0):
    compiled = _compile(pattern, flags)
    return compiled.finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    compiled = _compile(pattern, flags)
    return compiled.split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    compiled = _compile(pattern, flags)
    return compiled.sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    compiled = _compile(pattern, flags)
    return compiled.subn(repl, string, count)


def purge():
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    if isinstance(pattern, (bytes, bytearray)):
        return escape(bytes(pattern).decode("latin-1")).encode("latin-1")
    raise TypeError("expected str or bytes, not %s" % type(pattern).__name__)
