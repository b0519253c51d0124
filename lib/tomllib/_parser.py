# tomllib's parser: one pass over the document, statement by statement.

import re

__all__ = ["loads", "load", "TOMLDecodeError"]


class TOMLDecodeError(ValueError):
    """An error while decoding a TOML document."""


_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}
# Control characters a string may not hold (tab is allowed everywhere,
# newlines only in multi-line strings).
_ILLEGAL_BASIC = frozenset(chr(c) for c in range(32) if c != 9) | {"\x7f"}
_ILLEGAL_MULTILINE = _ILLEGAL_BASIC - {"\n"}

_BARE_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
_COMMENT_ILLEGAL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)((?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)"
)
_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]+))?"
_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?"
)
_LOCAL_TIME = re.compile(_TIME)


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    src = s.replace("\r\n", "\n")
    return _Parser(src, parse_float).document()


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.root = {}
        # Key paths (tuples) of tables a header declared, of tables made by
        # dotted keys, of arrays of tables, and of values never extended
        # (inline tables and arrays).
        self.declared = set()
        self.dotted = set()
        self.table_arrays = set()
        self.frozen = set()

    # --- errors and characters ------------------------------------------------------

    def error(self, message, pos=None):
        pos = self.pos if pos is None else pos
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{message} (at {where})")

    def peek(self):
        return self.src[self.pos:self.pos + 1]

    def skip_spaces(self):
        # Runs of spaces are short: a loop beats a regex call here.
        src, pos = self.src, self.pos
        while src[pos:pos + 1] in (" ", "\t"):
            pos += 1
        self.pos = pos

    def skip_comment(self):
        if self.peek() != "#":
            return
        src = self.src
        end = src.find("\n", self.pos)
        if end < 0:
            end = len(src)
        bad = _COMMENT_ILLEGAL.search(src, self.pos + 1, end)
        if bad:
            raise self.error(f"Illegal character {bad.group()!r}", bad.start())
        self.pos = end

    def skip_blank(self):
        """Spaces, comments and newlines (inside arrays)."""
        while True:
            self.skip_spaces()
            self.skip_comment()
            if self.peek() == "\n":
                self.pos += 1
            else:
                return

    # --- statements -----------------------------------------------------------------

    def document(self):
        table_path = ()
        table = self.root
        src = self.src
        while True:
            self.skip_spaces()
            char = self.peek()
            if not char:
                return self.root
            if char == "\n":
                self.pos += 1
                continue
            if char == "#":
                self.skip_comment()
            elif char == "[":
                if src.startswith("[[", self.pos):
                    table_path, table = self.table_array_header()
                else:
                    table_path, table = self.table_header()
            else:
                self.key_value(table_path, table)
            self.skip_spaces()
            self.skip_comment()
            char = self.peek()
            if char == "\n":
                self.pos += 1
            elif char:
                raise self.error("Expected newline or end of document after a statement")

    def table_header(self):
        self.pos += 1
        self.skip_spaces()
        path = self.key()
        self.skip_spaces()
        end = self.pos
        if (path in self.declared or path in self.dotted or path in self.frozen
                or path in self.table_arrays):
            raise self.error(f"Cannot declare {path} twice")
        table = self.open_table(path, header=True)
        if self.peek() != "]":
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos = end + 1
        self.declared.add(path)
        return path, table

    def table_array_header(self):
        self.pos += 2
        self.skip_spaces()
        path = self.key()
        self.skip_spaces()
        if path in self.frozen:
            raise self.error(f"Cannot mutate immutable namespace {path}")
        parent = self.open_table(path[:-1], header=True)
        last = path[-1]
        if last in parent:
            array = parent[last]
            if path not in self.table_arrays or not isinstance(array, list):
                raise self.error(f"Cannot mutate immutable namespace {path}")
        else:
            array = parent[last] = []
            self.table_arrays.add(path)
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        table = {}
        array.append(table)
        # A new element: what the previous one declared is forgotten.
        self.forget_under(path)
        return path, table

    def forget_under(self, path):
        n = len(path)
        for group in (self.declared, self.dotted, self.frozen, self.table_arrays):
            for p in [p for p in group if len(p) > n and p[:n] == path]:
                group.discard(p)

    def open_table(self, path, header):
        """The table at `path`, made as needed (the last element of an
        array of tables stands for the array)."""
        table = self.root
        for i in range(len(path)):
            part = path[i]
            prefix = path[:i + 1]
            if part not in table:
                table[part] = {}
                table = table[part]
                continue
            value = table[part]
            if isinstance(value, list) and prefix in self.table_arrays:
                value = value[-1]
            elif not isinstance(value, dict) or prefix in self.frozen:
                if header:
                    raise self.error(f"Cannot declare {path} twice" if isinstance(value, dict)
                                     else f"Cannot overwrite a value")
                raise self.error("Cannot overwrite a value")
            table = value
        return table

    def pair(self):
        """`key = value`: the key's path and the value."""
        path = self.key()
        self.skip_spaces()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_spaces()
        return path, self.value()

    def key_value(self, table_path, table):
        path, value = self.pair()
        self.put(table, table_path, path, value, self.dotted)
        if isinstance(value, (dict, list)):
            self.frozen.add(table_path + path)

    def put(self, table, table_path, path, value, opened, inline=False):
        """Set the dotted key `path` of `table` (at `table_path`) to `value`.
        Tables on the way are made and recorded in `opened`. An existing
        table takes the key unless it is an inline table or a value, or a
        header declared it; inside an inline table (whose own `opened` this
        is), only tables its dotted keys made do."""
        frozen, declared = ((), ()) if inline else (self.frozen, self.declared)
        for i in range(len(path) - 1):
            part = path[i]
            full = table_path + path[:i + 1]
            if part not in table:
                table[part] = {}
                opened.add(full)
            elif full in frozen:
                raise self.error(f"Cannot mutate immutable namespace {full}")
            elif full in declared:
                raise self.error(f"Cannot redefine namespace {full}")
            elif not isinstance(table[part], dict):
                raise self.error("Cannot overwrite a value")
            elif inline and full not in opened:
                # An inline table's own inline table (CPython names the whole key).
                raise self.error(f"Cannot mutate immutable namespace {path}")
            table = table[part]
        if path[-1] in table:
            raise self.error(f"Duplicate inline table key {path[-1]!r}" if inline else "Cannot overwrite a value")
        table[path[-1]] = value

    # --- keys -----------------------------------------------------------------------

    def key(self):
        parts = [self.key_part()]
        while True:
            self.skip_spaces()
            if self.peek() != ".":
                return tuple(parts)
            self.pos += 1
            self.skip_spaces()
            parts.append(self.key_part())

    def key_part(self):
        src, pos = self.src, self.pos
        char = self.peek()
        if char == '"':
            return self.basic_string()
        if char == "'":
            return self.literal_string()
        end = pos
        while end < len(src) and src[end] in _BARE_KEY_CHARS:
            end += 1
        if end == pos:
            raise self.error("Invalid initial character for a key part")
        self.pos = end
        return src[pos:end]

    # --- values ---------------------------------------------------------------------

    def value(self):
        src, pos = self.src, self.pos
        char = self.peek()
        if char == '"':
            if src.startswith('"""', pos):
                return self.multiline_basic_string()
            return self.basic_string()
        if char == "'":
            if src.startswith("'''", pos):
                return self.multiline_literal_string()
            return self.literal_string()
        if char == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if char == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if char == "[":
            return self.array()
        if char == "{":
            return self.inline_table()
        if char and char in "0123456789":
            m = _DATETIME.match(src, pos)
            if m:
                return self.datetime(m)
            m = _LOCAL_TIME.match(src, pos)
            if m:
                self.pos = m.end()
                return _time(m.group(1, 2, 3, 4))
        for name, number in (("inf", "inf"), ("+inf", "inf"), ("-inf", "-inf"),
                              ("nan", "nan"), ("+nan", "nan"), ("-nan", "-nan")):
            if src.startswith(name, pos):
                self.pos += len(name)
                return self.parse_float(number)
        m = _NUMBER.match(src, pos)
        if m:
            self.pos = m.end()
            text = m.group()
            if text[:2] in ("0x", "0o", "0b"):
                return int(text[2:].replace("_", ""), {"x": 16, "o": 8, "b": 2}[text[1]])
            if m.group(1):
                return self.parse_float(text.replace("_", ""))
            return int(text.replace("_", ""))
        raise self.error("Invalid value")

    def datetime(self, m):
        import datetime
        (year, month, day, hour, minute, second, fraction, zulu, sign, offset_hours,
         offset_minutes) = m.groups()
        self.pos = m.end()
        try:
            date = datetime.date(int(year), int(month), int(day))
            if hour is None:
                return date
            tz = None
            if zulu:
                tz = datetime.timezone.utc
            elif sign:
                delta = datetime.timedelta(hours=int(offset_hours), minutes=int(offset_minutes))
                tz = datetime.timezone(-delta if sign == "-" else delta)
            t = _time((hour, minute, second, fraction))
            return datetime.datetime(date.year, date.month, date.day, t.hour, t.minute, t.second,
                                     t.microsecond, tzinfo=tz)
        except ValueError:
            raise self.error("Invalid date or datetime", m.start()) from None

    def array(self):
        start = self.pos
        self.pos += 1
        items = []
        while True:
            self.skip_blank()
            if self.peek() == "]":
                self.pos += 1
                return items
            if not self.peek():
                raise self.error("Unclosed array", start)
            items.append(self.value())
            self.skip_blank()
            char = self.peek()
            if char == ",":
                self.pos += 1
            elif char == "]":
                self.pos += 1
                return items
            else:
                raise self.error("Unclosed array")

    def inline_table(self):
        self.pos += 1
        table = {}
        # Paths inside this table: dotted keys may extend only the tables
        # they made themselves.
        made = set()
        self.skip_spaces()
        if self.peek() == "}":
            self.pos += 1
            return table
        while True:
            path, value = self.pair()
            self.put(table, (), path, value, made, inline=True)
            self.skip_spaces()
            char = self.peek()
            if char == "}":
                self.pos += 1
                return table
            if char != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_spaces()

    # --- strings --------------------------------------------------------------------

    def literal_string(self):
        src = self.src
        start = self.pos + 1
        end = start
        while True:
            if end >= len(src) or src[end] == "\n":
                raise self.error("Unterminated string", end)
            char = src[end]
            if char == "'":
                break
            if char in _ILLEGAL_BASIC:
                raise self.error(f"Illegal character {char!r}", end)
            end += 1
        self.pos = end + 1
        return src[start:end]

    def multiline_literal_string(self):
        src = self.src
        start = self.pos + 3
        if src.startswith("\n", start):
            start += 1
        end = src.find("'''", start)
        if end < 0:
            raise self.error("Unterminated string", len(src))
        # Up to two quotes just before the closing ones are content.
        extra = 0
        while extra < 2 and src.startswith("'", end + 3 + extra):
            extra += 1
        end += extra
        for i in range(start, end):
            if src[i] in _ILLEGAL_MULTILINE:
                raise self.error(f"Illegal character {src[i]!r}", i)
        self.pos = end + 3
        return src[start:end]

    def basic_string(self):
        return self.read_basic(self.pos + 1, '"', _ILLEGAL_BASIC, multiline=False)

    def multiline_basic_string(self):
        start = self.pos + 3
        if self.src.startswith("\n", start):
            start += 1
        return self.read_basic(start, '"""', _ILLEGAL_MULTILINE, multiline=True)

    def read_basic(self, pos, closing, illegal, multiline):
        src = self.src
        out = []
        chunk = pos
        while True:
            pos = self.next_special(pos, illegal)
            if pos >= len(src):
                raise self.error("Unterminated string", len(src))
            char = src[pos]
            if char == '"' and src.startswith(closing, pos):
                if multiline:
                    # Up to two quotes just before the closing ones are content.
                    extra = 0
                    while extra < 2 and src.startswith('"', pos + 3 + extra):
                        extra += 1
                    pos += extra
                out.append(src[chunk:pos])
                self.pos = pos + len(closing)
                return "".join(out)
            if char == "\\":
                out.append(src[chunk:pos])
                pos = self.escape(pos, out, multiline)
                chunk = pos
                continue
            if char == '"':
                pos += 1
                continue
            if char == "\n":
                raise self.error("Unterminated string", pos)
            raise self.error(f"Illegal character {char!r}", pos)

    def next_special(self, pos, illegal):
        """Where the next quote, backslash or illegal character is: the
        plain run before it is found with `str.find`, not a loop."""
        src = self.src
        end = src.find('"', pos)
        backslash = src.find("\\", pos, len(src) if end < 0 else end)
        if backslash >= 0:
            end = backslash
        if end < 0:
            end = len(src)
        run = src[pos:end]
        if "\n" not in illegal:
            run = run.replace("\n", "")
        # Printable text holds no control characters; anything else is
        # checked character by character.
        if not run.isprintable():
            for i in range(pos, end):
                if src[i] in illegal:
                    return i
        return end

    def escape(self, pos, out, multiline):
        src = self.src
        code = src[pos + 1:pos + 2]
        if multiline and code in (" ", "\t", "\n"):
            # A line-ending backslash: drop the whitespace and newlines after it.
            i = pos + 1
            while i < len(src) and src[i] in " \t":
                i += 1
            if src[i:i + 1] != "\n":
                raise self.error("Unescaped '\\' in a string", pos)
            while i < len(src) and src[i] in " \t\n":
                i += 1
            return i
        if code in _ESCAPES:
            out.append(_ESCAPES[code])
            return pos + 2
        if code in ("u", "U"):
            size = 4 if code == "u" else 8
            digits = src[pos + 2:pos + 2 + size]
            if len(digits) != size or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise self.error("Invalid hex value", pos + 2)
            value = int(digits, 16)
            if 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
                raise self.error("Escaped character is not a Unicode scalar value", pos + 2)
            out.append(chr(value))
            return pos + 2 + size
        raise self.error("Unescaped '\\' in a string", pos + 2)


def _time(parts):
    import datetime
    hour, minute, second, fraction = parts
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    return datetime.time(int(hour), int(minute), int(second), micro)
