"""The io module: open() with text and binary files, StringIO and BytesIO.

Files sit on `_fileio`, native unbuffered file descriptors: writes go
straight to the file, reads are buffered here. Text files decode UTF-8
(also ASCII and Latin-1) with universal newlines, as CPython's default.
"""

import _fileio

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
_CHUNK = 65536


class UnsupportedOperation(OSError):
    pass


def _find_newline(data, start=0):
    """bytes.find(b"\n", start), also where bytes has no find method."""
    try:
        return data.find(b"\n", start)
    except AttributeError:
        return data.decode("latin-1").find("\n", start)


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    # Each letter at most once, and only letters open() knows.
    for letter in mode:
        if letter not in "rwaxbt+" or mode.count(letter) > 1:
            raise ValueError("invalid mode: %r" % mode)
    if "t" in mode and "b" in mode:
        raise ValueError("can't have text and binary mode at once")
    primaries = [letter for letter in "xrwa" if letter in mode]
    if len(primaries) > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not primaries:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    return primaries[0], "+" in mode, "b" in mode


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    fd = None
    if not isinstance(file, str):
        fspath = getattr(type(file), "__fspath__", None)
        if fspath is None:
            if isinstance(file, int) and not isinstance(file, bool):
                if not closefd:
                    raise NotImplementedError("open(fd, closefd=False) is not supported by minipy")
                fd = file
            else:
                raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
        else:
            file = fspath(file)
    kind, updating, binary = _parse_mode(mode)
    if binary:
        # Text-only options make no sense for a binary stream.
        for option, given in (("an encoding", encoding), ("an errors", errors), ("a newline", newline)):
            if given is not None:
                raise ValueError("binary mode doesn't take %s argument" % option)
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % newline)
    if encoding is not None:
        enc = encoding.lower().replace("_", "-")
        if enc not in ("utf-8", "utf8", "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1"):
            raise LookupError("unknown encoding: %s" % encoding)
    raw = _fileio.open(file, kind, updating) if fd is None else _fileio.open_fd(fd)
    readable = kind == "r" or updating
    writable = kind != "r" or updating
    if binary:
        cls = BufferedRandom if updating else BufferedReader if kind == "r" else BufferedWriter
        return cls(raw, file, mode, readable, writable)
    return TextIOWrapper(raw, file, mode, encoding or "UTF-8", readable, writable, newline, errors)


class _FileBase:
    def __init__(self, raw, name, mode, readable, writable):
        self._raw = raw
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._closed = False
        self._eof = False

    @property
    def closed(self):
        return self._closed

    def _check(self, need=None):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if need == "r" and not self._readable:
            raise UnsupportedOperation("not readable")
        if need == "w" and not self._writable:
            raise UnsupportedOperation("not writable")

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def fileno(self):
        self._check()
        return _fileio.fileno(self._raw)

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def close(self):
        if not self._closed:
            self._closed = True
            _fileio.close(self._raw)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check("r")
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check("w")
        for line in lines:
            self.write(line)


class TextIOWrapper(_FileBase):
    """A text file: str in, str out."""

    def __init__(self, raw, name, mode, encoding, readable, writable, newline=None, errors=None):
        _FileBase.__init__(self, raw, name, mode, readable, writable)
        self.encoding = encoding
        self.errors = errors or "strict"
        self._newline = newline
        self._text = ""      # decoded, not yet returned
        self._undecoded = b""  # bytes read but not decoded (a split character, a final '\r')
        self._codec = encoding.lower().replace("_", "-")

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)

    def _decode(self, data, final):
        if not final and self._codec in ("utf-8", "utf8"):
            # Keep an incomplete trailing character for the next chunk.
            i = len(data) - 1
            while i >= 0 and len(data) - i <= 4 and (data[i] & 0xC0) == 0x80:
                i -= 1
            if i >= 0:
                lead = data[i]
                need = 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
                if i + need > len(data):
                    self._undecoded = data[i:]
                    data = data[:i]
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            if not final and text.endswith("\r"):
                self._undecoded = b"\r" + self._undecoded
                text = text[:-1]
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def _fill(self):
        """Decode one more chunk; False at the end of the file."""
        if self._eof:
            return False
        data = _fileio.read(self._raw, _CHUNK)
        pending = self._undecoded
        self._undecoded = b""
        if not data:
            self._eof = True
            if pending:
                self._text += self._decode(pending, True)
            return False
        self._text += self._decode(pending + data, False)
        return True

    def read(self, size=-1):
        self._check("r")
        if size is None or size < 0:
            while self._fill():
                pass
            text, self._text = self._text, ""
            return text
        while len(self._text) < size and self._fill():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def readline(self, size=-1):
        self._check("r")
        ends = "\n" if self._newline in (None, "", "\n") else self._newline
        start = 0
        while True:
            i = self._text.find(ends, start)
            if i >= 0:
                end = i + len(ends)
                break
            start = max(0, len(self._text) - len(ends) + 1)
            if size is not None and 0 <= size <= len(self._text):
                end = size
                break
            if not self._fill():
                end = len(self._text)
                break
        if size is not None and 0 <= size < end:
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def write(self, s):
        self._check("w")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self._sync_read_position()
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        _fileio.write(self._raw, text.encode(self.encoding, self.errors))
        return len(s)

    def _sync_read_position(self):
        # As CPython's TextIOWrapper: text read ahead is dropped and the
        # write lands at the raw file position.
        self._text = ""
        self._undecoded = b""
        self._eof = False

    def tell(self):
        self._check()
        pos = _fileio.seek(self._raw, 0, 1)
        return pos - len(self._text.encode(self.encoding, self.errors)) - len(self._undecoded)

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1 and offset != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and offset != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        if whence not in (0, 2):
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % whence)
        if whence == 0 and offset < 0:
            raise ValueError("negative seek position %r" % offset)
        self._text = ""
        self._undecoded = b""
        self._eof = False
        return _fileio.seek(self._raw, offset, whence)

    def truncate(self, size=None):
        self._check("w")
        if size is None:
            size = self.tell()
        return _fileio.truncate(self._raw, size)


class BufferedFile(_FileBase):
    """A binary file: bytes in, bytes out."""

    def __init__(self, raw, name, mode, readable, writable):
        _FileBase.__init__(self, raw, name, mode, readable, writable)
        self._buf = b""

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)

    def _fill(self):
        if self._eof:
            return False
        data = _fileio.read(self._raw, _CHUNK)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def read(self, size=-1):
        self._check("r")
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b""
            return data
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readline(self, size=-1):
        self._check("r")
        while True:
            i = _find_newline(self._buf)
            if i >= 0:
                end = i + 1
                break
            if size is not None and 0 <= size <= len(self._buf):
                end = size
                break
            if not self._fill():
                end = len(self._buf)
                break
        if size is not None and 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def readinto(self, b):
        """Read up to len(b) bytes into the bytearray or memoryview b."""
        if not isinstance(b, (bytearray, memoryview)) or getattr(b, "readonly", False):
            raise TypeError("readinto() argument must be read-write bytes-like object, not %s" % type(b).__name__)
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check("w")
        if isinstance(b, str) or not hasattr(b, "__len__"):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        if self._buf:
            _fileio.seek(self._raw, self.tell(), 0)
            self._buf = b""
        self._eof = False
        return _fileio.write(self._raw, bytes(b))

    def tell(self):
        self._check()
        return _fileio.seek(self._raw, 0, 1) - len(self._buf)

    def seek(self, offset, whence=0):
        self._check()
        if whence == 1:
            offset -= len(self._buf)
        self._buf = b""
        self._eof = False
        return _fileio.seek(self._raw, offset, whence)

    def truncate(self, size=None):
        self._check("w")
        if size is None:
            size = self.tell()
        return _fileio.truncate(self._raw, size)


class BufferedReader(BufferedFile):
    pass


class BufferedWriter(BufferedFile):
    pass


class BufferedRandom(BufferedFile):
    pass


class _MemoryIO:
    """What StringIO and BytesIO share: a value held in memory, a position
    in it, and the file methods that do not depend on str or bytes."""

    _closed_message = "I/O operation on closed file"

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def getvalue(self):
        self._check()
        return self._value

    # Writes at the end (the common case: a log or a report built piece by
    # piece) are kept as a list of pieces and joined when the value is next
    # read, so n appends cost O(n) instead of copying the value each time.
    @property
    def _value(self):
        tail = self.__dict__.get("_tail")
        if tail:
            self._base = self._base + self._base[:0].join(tail)
            self._tail = []
        return self._base

    @_value.setter
    def _value(self, value):
        self._base = value
        self._tail = []
        self._size = len(value)

    def _put(self, data, zero):
        if self._pos == self._size:
            self._tail.append(data)
            self._size += len(data)
            self._pos += len(data)
            return len(data)
        # Writing past the end fills the gap with zeros, as a file would.
        if self._pos > len(self._value):
            self._value += zero * (self._pos - len(self._value))
        self._value = self._value[:self._pos] + data + self._value[self._pos + len(data):]
        self._pos += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            end = len(self._value)
        else:
            end = min(len(self._value), self._pos + size)
        data = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def _line_from(self, newline_at, size):
        end = len(self._value) if newline_at < 0 else newline_at + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._value[self._pos:end]
        self._pos = max(self._pos, end)
        return line

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        self._value = self._value[:size]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO):
    """Text I/O in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._value = initial_value
        self._pos = 0
        self._closed = False

    def write(self, s):
        if self._closed:
            raise ValueError(self._closed_message)
        if type(s) is not str and not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        # Appending is what print(file=...) and report builders do: kept
        # inline (one frame per write) rather than through _put.
        if self._pos == self._size:
            n = len(s)
            self._tail.append(s)
            self._size += n
            self._pos += n
            return n
        return self._put(s, "\0")

    def readline(self, size=-1):
        self._check()
        return self._line_from(self._value.find("\n", self._pos), size)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def isatty(self):
        self._check()
        return False


class BytesIO(_MemoryIO):
    """Binary I/O in memory."""

    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        self._value = bytes(initial_bytes or b"")
        self._pos = 0
        self._closed = False

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._put(bytes(b), b"\0")

    def readinto(self, b):
        """Read up to len(b) bytes into the bytearray or memoryview b."""
        if not isinstance(b, (bytearray, memoryview)) or getattr(b, "readonly", False):
            raise TypeError("readinto() argument must be read-write bytes-like object, not %s" % type(b).__name__)
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)


    def readline(self, size=-1):
        self._check()
        return self._line_from(_find_newline(self._value, self._pos), size)

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos
