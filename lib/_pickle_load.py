# pickle's Unpickler: reads protocols 0 to 5 with the errors CPython's C
# unpickler raises ("Ran out of input", "pickle data was truncated",
# "invalid load key, ...", "Memo value not found at index N", ...).

import sys
import copyreg
from struct import unpack as _unpack

from _pickle_common import (HIGHEST_PROTOCOL, UnpicklingError, NAME_MAPPING, IMPORT_MAPPING,
                            _codecs_encode)


def _getattribute(obj, dotted):
    """Follow the dotted path from obj; returns (found, its parent)."""
    parent = None
    for part in dotted:
        if part == "<locals>":
            raise AttributeError("Can't get local attribute %r on %r" % (".".join(dotted), obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


class _Truncated(Exception):
    pass


def _bad_readline():
    return UnpicklingError("pickle data was truncated")


class Unpickler:
    """Reads a pickled object representation from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._buffers = iter(buffers) if buffers is not None else None
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    # --- input --------------------------------------------------------------------------

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise _bad_readline()
        return data

    def _readline(self):
        line = self._file_readline()
        if not line.endswith(b"\n"):
            raise _bad_readline()
        return line[:-1]

    # --- the stack ----------------------------------------------------------------------

    def _pop_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._marks.pop()
        return items

    def _pop(self):
        if not self._stack:
            raise UnpicklingError("unexpected MARK found" if self._marks else "unpickling stack underflow")
        return self._stack.pop()

    def _top(self):
        if not self._stack:
            raise UnpicklingError("unexpected MARK found" if self._marks else "unpickling stack underflow")
        return self._stack[-1]

    def load(self):
        """Read a pickled object from the file and return it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self._stack = []
        self._marks = []
        dispatch = _DISPATCH
        while True:
            key = self._file_read(1)
            if not key:
                raise EOFError("Ran out of input")
            op = dispatch.get(key[0])
            if op is None:
                c = key[0]
                if 0x20 <= c <= 0x7e and c not in (0x27, 0x5c):
                    raise UnpicklingError("invalid load key, '%s'." % chr(c))
                raise UnpicklingError("invalid load key, '\\x%02x'." % c)
            if op(self):
                return self._pop()

    # --- globals ------------------------------------------------------------------------

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in NAME_MAPPING:
                module, name = NAME_MAPPING[(module, name)]
            elif module in IMPORT_MAPPING:
                module = IMPORT_MAPPING[module]
        if module in ("_codecs", "codecs") and name == "encode":
            return _codecs_encode
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            try:
                return _getattribute(mod, name.split("."))[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def _persistent(self, pid):
        load = getattr(self, "persistent_load", None)
        if load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        return load(pid)

    def _extension(self, code):
        cached = copyreg._extension_cache.get(code)
        if cached is not None:
            self._stack.append(cached)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self._stack.append(obj)

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _memo_get(self, idx):
        try:
            self._stack.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                return klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)), sys.exc_info()[2])
        return klass.__new__(klass)


# --- the opcodes: each returns True at STOP --------------------------------------------------

def _op_proto(u):
    proto = u._read(1)[0]
    if proto > HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    u.proto = proto


def _op_frame(u):
    size = _unpack("<Q", u._read(8))[0]
    if size > sys.maxsize:
        raise ValueError("frame size > sys.maxsize: %d" % size)
    # Frames only group data for buffering; check that it is all there.
    data = u._read(size)
    rest_read, rest_readline = u._file_read, u._file_readline
    from io import BytesIO
    frame = BytesIO(data)

    def read(n=-1):
        got = frame.read(n)
        if n is not None and n >= 0 and len(got) < n:
            u._file_read, u._file_readline = rest_read, rest_readline
            return got + rest_read(n - len(got))
        return got

    def readline():
        line = frame.readline()
        if not line.endswith(b"\n"):
            u._file_read, u._file_readline = rest_read, rest_readline
            return line + rest_readline()
        return line

    u._file_read, u._file_readline = read, readline


def _op_stop(u):
    return True


def _op_mark(u):
    u._marks.append(u._stack)
    u._stack = []


def _push(value):
    def op(u):
        u._stack.append(value)
    return op


def _op_int(u):
    line = u._readline().decode("ascii")
    if line == "00":
        u._stack.append(False)
    elif line == "01":
        u._stack.append(True)
    else:
        try:
            u._stack.append(int(line, 0))
        except ValueError:
            raise ValueError("could not convert string to int") from None


def _op_long(u):
    line = u._readline().decode("ascii")
    if line.endswith("L"):
        line = line[:-1]
    try:
        u._stack.append(int(line, 0))
    except ValueError:
        raise ValueError("could not convert string to int") from None


def _op_long1(u):
    n = u._read(1)[0]
    u._stack.append(int.from_bytes(u._read(n), "little", signed=True))


def _op_long4(u):
    n = _unpack("<i", u._read(4))[0]
    if n < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u._stack.append(int.from_bytes(u._read(n), "little", signed=True))


def _op_float(u):
    u._stack.append(float(u._readline().decode("ascii")))


def _op_string(u):
    data = u._readline()
    if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u._stack.append(u._decode_string(_unescape_bytes(data)))


def _unescape_bytes(data):
    return data.decode("latin-1").encode("latin-1").decode("unicode_escape").encode("latin-1") \
        if b"\\" in data else data


def _sized(size_fmt, size_len, convert):
    def op(u):
        if size_fmt is None:
            n = u._read(1)[0]
        else:
            n = _unpack(size_fmt, u._read(size_len))[0]
            if size_fmt == "<i" and n < 0:
                raise UnpicklingError("BINSTRING pickle has negative byte count")
        u._stack.append(convert(u, u._read(n)))
    return op


def _as_str(u, data):
    return data.decode("utf-8", "surrogatepass")


def _as_bytes(u, data):
    return bytes(data)


def _as_bytearray(u, data):
    return bytearray(data)


def _as_old_string(u, data):
    return u._decode_string(data)


def _op_unicode(u):
    line = u._readline()
    u._stack.append(_raw_unicode_unescape(line))


def _raw_unicode_unescape(data):
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            width = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(chr(c))
        i += 1
    return "".join(out)


def _op_tuple(u):
    items = tuple(u._pop_mark())
    u._stack.append(items)


def _tuple_n(n):
    def op(u):
        if len(u._stack) < n:
            raise UnpicklingError("unexpected MARK found" if u._marks else "unpickling stack underflow")
        items = tuple(u._stack[-n:])
        del u._stack[-n:]
        u._stack.append(items)
    return op


def _op_list(u):
    items = u._pop_mark()
    u._stack.append(items)


def _op_dict(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for DICT")
    value = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
    u._stack.append(value)


def _op_frozenset(u):
    items = frozenset(u._pop_mark())
    u._stack.append(items)


def _op_append(u):
    value = u._pop()
    target = u._top()
    if isinstance(target, list):
        target.append(value)
    else:
        target.append(value)


def _op_appends(u):
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, list):
        target.extend(items)
        return
    extend = getattr(target, "extend", None)
    if extend is not None:
        extend(items)
    else:
        for item in items:
            target.append(item)


def _op_setitem(u):
    value = u._pop()
    key = u._pop()
    u._top()[key] = value


def _op_setitems(u):
    items = u._pop_mark()
    if len(items) % 2:
        raise UnpicklingError("odd number of items for SETITEMS")
    target = u._top()
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


def _op_additems(u):
    items = u._pop_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


def _op_pop(u):
    if u._stack:
        u._stack.pop()
    elif u._marks:
        u._stack = u._marks.pop()
    else:
        raise UnpicklingError("unpickling stack underflow")


def _op_pop_mark(u):
    u._pop_mark()


def _op_dup(u):
    u._stack.append(u._top())


def _op_get(u):
    u._memo_get(int(u._readline().decode("ascii")))


def _op_binget(u):
    u._memo_get(u._read(1)[0])


def _op_long_binget(u):
    u._memo_get(_unpack("<I", u._read(4))[0])


def _op_put(u):
    idx = int(u._readline().decode("ascii"))
    if idx < 0:
        raise ValueError("negative PUT argument")
    u.memo[idx] = u._top()


def _op_binput(u):
    u.memo[u._read(1)[0]] = u._top()


def _op_long_binput(u):
    idx = _unpack("<I", u._read(4))[0]
    if idx > sys.maxsize:
        raise ValueError("negative LONG_BINPUT argument")
    u.memo[idx] = u._top()


def _op_memoize(u):
    u.memo[len(u.memo)] = u._top()


def _op_global(u):
    module = u._readline().decode("utf-8")
    name = u._readline().decode("utf-8")
    u._stack.append(u.find_class(module, name))


def _op_stack_global(u):
    name = u._pop()
    module = u._pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u._stack.append(u.find_class(module, name))


def _op_reduce(u):
    args = u._pop()
    func = u._pop()
    if not isinstance(args, tuple):
        raise UnpicklingError("REDUCE arguments must be a tuple")
    u._stack.append(func(*args))


def _op_newobj(u):
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ class argument isn't a type object")
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ expected an arg tuple.")
    u._stack.append(cls.__new__(cls, *args))


def _op_newobj_ex(u):
    kwargs = u._pop()
    args = u._pop()
    cls = u._pop()
    if not isinstance(cls, type):
        raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
    if not isinstance(args, tuple):
        raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s" % type(args).__name__)
    if not isinstance(kwargs, dict):
        raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s" % type(kwargs).__name__)
    u._stack.append(cls.__new__(cls, *args, **kwargs))


def _op_inst(u):
    module = u._readline().decode("ascii")
    name = u._readline().decode("ascii")
    klass = u.find_class(module, name)
    value = u._instantiate(klass, u._pop_mark())
    u._stack.append(value)


def _op_obj(u):
    args = u._pop_mark()
    if not args:
        raise UnpicklingError("unpickling stack underflow")
    klass = args.pop(0)
    u._stack.append(u._instantiate(klass, args))


def _op_build(u):
    u._build()


def _op_persid(u):
    try:
        pid = u._readline().decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
    u._stack.append(u._persistent(pid))


def _op_binpersid(u):
    u._stack.append(u._persistent(u._pop()))


def _op_ext(size):
    def op(u):
        if size == 1:
            code = u._read(1)[0]
        elif size == 2:
            code = _unpack("<H", u._read(2))[0]
        else:
            code = _unpack("<i", u._read(4))[0]
        u._extension(code)
    return op


def _op_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
    try:
        buf = next(u._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers") from None
    u._stack.append(buf)


def _op_readonly_buffer(u):
    pass


def _op_empty(factory):
    def op(u):
        u._stack.append(factory())
    return op


_DISPATCH = {
    ord("("): _op_mark, ord("."): _op_stop, ord("0"): _op_pop, ord("1"): _op_pop_mark,
    ord("2"): _op_dup, ord("F"): _op_float, ord("I"): _op_int,
    ord("J"): lambda u: u._stack.append(_unpack("<i", u._read(4))[0]),
    ord("K"): lambda u: u._stack.append(u._read(1)[0]),
    ord("L"): _op_long,
    ord("M"): lambda u: u._stack.append(_unpack("<H", u._read(2))[0]),
    ord("N"): _push(None), ord("P"): _op_persid, ord("Q"): _op_binpersid, ord("R"): _op_reduce,
    ord("S"): _op_string, ord("T"): _sized("<i", 4, _as_old_string),
    ord("U"): _sized(None, 1, _as_old_string), ord("V"): _op_unicode,
    ord("X"): _sized("<I", 4, _as_str), ord("a"): _op_append, ord("b"): _op_build,
    ord("c"): _op_global, ord("d"): _op_dict, ord("}"): _op_empty(dict), ord("e"): _op_appends,
    ord("g"): _op_get, ord("h"): _op_binget, ord("i"): _op_inst, ord("j"): _op_long_binget,
    ord("l"): _op_list, ord("]"): _op_empty(list), ord("o"): _op_obj, ord("p"): _op_put,
    ord("q"): _op_binput, ord("r"): _op_long_binput, ord("s"): _op_setitem, ord("t"): _op_tuple,
    ord(")"): _push(()), ord("u"): _op_setitems,
    ord("G"): lambda u: u._stack.append(_unpack(">d", u._read(8))[0]),
    0x80: _op_proto, 0x81: _op_newobj, 0x82: _op_ext(1), 0x83: _op_ext(2), 0x84: _op_ext(4),
    0x85: _tuple_n(1), 0x86: _tuple_n(2), 0x87: _tuple_n(3), 0x88: _push(True), 0x89: _push(False),
    0x8a: _op_long1, 0x8b: _op_long4,
    ord("B"): _sized("<I", 4, _as_bytes), ord("C"): _sized(None, 1, _as_bytes),
    0x8c: _sized(None, 1, _as_str), 0x8d: _sized("<Q", 8, _as_str), 0x8e: _sized("<Q", 8, _as_bytes),
    0x8f: _op_empty(set), 0x90: _op_additems, 0x91: _op_frozenset, 0x92: _op_newobj_ex,
    0x93: _op_stack_global, 0x94: _op_memoize, 0x95: _op_frame,
    0x96: _sized("<Q", 8, _as_bytearray), 0x97: _op_next_buffer, 0x98: _op_readonly_buffer,
}
