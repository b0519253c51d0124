"""Serializing Python objects, as CPython's pickle module: dumps/loads,
dump/load, Pickler/Unpickler (persistent_id, persistent_load, find_class,
dispatch_table, reducer_override), protocols 0 to 5.

The pickler writes the same bytes as CPython's C pickler (_pickle): the
same opcode choices, memo indexes and 64 KiB frames. Objects reduce as in
CPython: built-in values have opcodes, classes and functions are saved by
reference (module and qualified name), and other objects through
copyreg.dispatch_table, __reduce_ex__, __reduce__ or the default reduction
(copyreg._object_reduce_ex: __getnewargs(_ex)__, __getstate__, __dict__
and __slots__). The unpickler is in _pickle_load."""

import sys
import copyreg
from struct import pack as _pack
from io import BytesIO
import _pickle_fast

from _pickle_common import *  # noqa: F401,F403 (the opcodes)
from _pickle_common import (HIGHEST_PROTOCOL, DEFAULT_PROTOCOL, PickleError, PicklingError,
                            UnpicklingError, REVERSE_NAME_MAPPING, REVERSE_IMPORT_MAPPING,
                            _codecs_encode)
from _pickle_load import Unpickler, _getattribute

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS",
           "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2",
           "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME",
           "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG",
           "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE",
           "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP",
           "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP",
           "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

bytes_types = (bytes, bytearray)

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


class PickleBuffer:
    """Out-of-band buffers are not supported by minipy."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("pickle.PickleBuffer is not supported by minipy")


def _is_iterator(obj):
    return hasattr(type(obj), "__next__")


def _whichmodule(obj, name):
    """The name of the module obj lives in (obj.__module__, else a search)."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    import builtins
    dotted = name.split(".")
    try:
        if _getattribute(builtins, dotted)[0] is obj:
            return "builtins"
    except AttributeError:
        pass
    for module_name, module in sys.modules.copy().items():
        if module_name in ("__main__", "__mp_main__", "builtins") or module is None:
            continue
        try:
            if _getattribute(module, dotted)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


class Pickler:
    """Writes pickles of objects to a binary file."""

    _reduced = None  # {id(obj): (obj, reduction)} from `_pickle_fast.dumps`

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = _index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._framing = False
        self._out = bytearray()
        self._frame = None

    def clear_memo(self):
        """Forget the objects pickled so far (they are written again)."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_out"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._out = bytearray()
        self._frame = None
        if self.proto >= 2:
            self._write(PROTO + bytes([self.proto]))
            if self.proto >= 4:
                self._framing = True
        try:
            self.save(obj)
            self._write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
        self._file_write(bytes(self._out))
        self._out = bytearray()

    # --- output and framing -------------------------------------------------------------

    def _write(self, data):
        if self._framing:
            if self._frame is None:
                self._frame = bytearray()
            self._frame += data
        else:
            self._out += data

    def _commit_frame(self):
        frame = self._frame
        if frame is None:
            return
        self._frame = None
        if len(frame) >= _FRAME_SIZE_MIN:
            self._out += FRAME + _pack("<Q", len(frame))
        self._out += frame

    def _opcode_boundary(self):
        if self._frame is not None and len(self._frame) >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    def _write_large(self, header, payload):
        # Big payloads go outside any frame, as CPython writes them.
        if len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            framing = self._framing
            self._framing = False
            self._out += header
            self._out += payload
            self._framing = framing
        else:
            self._write(header)
            self._write(payload)

    # --- the memo -----------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = idx, obj
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif not self.bin:
            self._write(PUT + str(idx).encode("ascii") + b"\n")
        elif idx < 256:
            self._write(BINPUT + bytes([idx]))
        else:
            self._write(LONG_BINPUT + _pack("<I", idx))

    def _memo_get(self, idx):
        if not self.bin:
            self._write(GET + str(idx).encode("ascii") + b"\n")
        elif idx < 256:
            self._write(BINGET + bytes([idx]))
        else:
            self._write(LONG_BINGET + _pack("<I", idx))

    # --- dispatch -----------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id and hasattr(self, "persistent_id"):
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        self._save(obj)
        self._opcode_boundary()

    def _save(self, obj):
        t = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_long(obj)
            return
        if t is float:
            if self.bin:
                self._write(BINFLOAT + _pack(">d", obj))
            else:
                self._write(FLOAT + repr(obj).encode("ascii") + b"\n")
            return
        seen = self.memo.get(id(obj))
        if seen is not None:
            self._memo_get(seen[0])
            return
        method = _SAVERS.get(t)
        if method is not None:
            method(self, obj)
            return
        override = getattr(self, "reducer_override", None)
        if override is not None:
            rv = override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return
        if t is type or isinstance(obj, type):
            self._save_type(obj)
            return
        if t is _FunctionType:
            self.save_global(obj)
            return
        if obj is Ellipsis or obj is NotImplemented:
            self.save_global(obj, "Ellipsis" if obj is Ellipsis else "NotImplemented")
            return
        reduced = self._reduced
        if reduced:
            hit = reduced.pop(id(obj), None)
            if hit is not None and hit[0] is obj:
                self._save_reduce_value(obj, hit[1])
                return
        table = getattr(self, "dispatch_table", copyreg.dispatch_table)
        reduce = table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            rv = self._reduce_object(obj, t)
        self._save_reduce_value(obj, rv)

    def _reduce_object(self, obj, t):
        name = t.__name__
        if name in ("builtin_function_or_method", "method"):
            owner = getattr(obj, "__self__", None)
            if owner is None or type(owner).__name__ == "module":
                self.save_global(obj)
                return _DONE
            return getattr, (owner, obj.__name__)
        if t is range:
            start, stop, step = _range_parts(obj)
            return range, (start, stop, step)
        if t is slice:
            return slice, _slice_parts(obj)
        reduce_ex = getattr(obj, "__reduce_ex__", None)
        if reduce_ex is not None:
            return reduce_ex(self.proto)
        return copyreg._object_reduce_ex(obj, self.proto)

    def _save_reduce_value(self, obj, rv):
        if rv is _DONE:
            return
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(*_checked_reduce(rv), obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._write(PERSID + text.encode("ascii") + b"\n")

    # --- atoms and strings --------------------------------------------------------------

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self._write(INT + repr(obj).encode("ascii") + b"\n")
            elif 0 <= obj <= 0xff:
                self._write(BININT1 + bytes([obj]))
            elif 0 <= obj <= 0xffff:
                self._write(BININT2 + _pack("<H", obj))
            else:
                self._write(BININT + _pack("<i", obj))
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes([len(data)]) + data)
            else:
                self._write(LONG4 + _pack("<i", len(data)) + data)
            return
        self._write(LONG + repr(obj).encode("ascii") + b"L\n")

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode("latin-1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._write_large(SHORT_BINBYTES + bytes([n]), obj)
        elif n <= 0xffffffff:
            self._write_large(BINBYTES + _pack("<I", n), obj)
        else:
            self._write_large(BINBYTES8 + _pack("<Q", n), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + _pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_str(self, obj):
        if self.bin:
            try:
                data = obj.encode("utf-8")
            except UnicodeEncodeError:
                data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self._write_large(SHORT_BINUNICODE + bytes([n]), data)
            elif n <= 0xffffffff:
                self._write_large(BINUNICODE + _pack("<I", n), data)
            else:
                self._write_large(BINUNICODE8 + _pack("<Q", n), data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # --- containers ---------------------------------------------------------------------

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.proto else MARK + TUPLE)
            return
        short = n <= 3 and self.proto >= 2
        if not short:
            self._write(MARK)
        for item in obj:
            self.save(item)
        seen = self.memo.get(id(obj))
        if seen is not None:
            # The tuple contains itself (through a list or an instance):
            # drop the items and use the memoized copy.
            if short:
                self._write(POP * n)
            elif self.bin:
                self._write(POP_MARK)
            else:
                self._write(POP * (n + 1))
            self._memo_get(seen[0])
            return
        self._write((TUPLE1, TUPLE2, TUPLE3)[n - 1] if short else TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if obj:
            self._batch_appends(iter(obj))

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self._write(APPEND)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if not batch:
                return
            if len(batch) == 1:
                self.save(batch[0])
                self._write(APPEND)
            else:
                self._write(MARK)
                for item in batch:
                    self.save(item)
                self._write(APPENDS)
            self._opcode_boundary()
            if len(batch) < _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if type(obj) is not dict or not self.bin or len(obj) == 1:
            self._batch_setitems(iter(obj.items()))
            return
        # An exact dict is written in batches until one is not full, so a
        # size that is a multiple of the batch size ends with an empty one.
        items = list(obj.items())
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            start += _BATCHSIZE
            self._write(MARK)
            for k, v in batch:
                self.save(k)
                self.save(v)
            self._write(SETITEMS)
            self._opcode_boundary()
            if len(batch) < _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        if not self.bin:
            for pair in items:
                k, v = _pair(pair)
                self.save(k)
                self.save(v)
                self._write(SETITEM)
            return
        while True:
            batch = []
            for pair in items:
                batch.append(_pair(pair))
                if len(batch) == _BATCHSIZE:
                    break
            if not batch:
                return
            if len(batch) == 1:
                self.save(batch[0][0])
                self.save(batch[0][1])
                self._write(SETITEM)
            else:
                self._write(MARK)
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self._write(SETITEMS)
            self._opcode_boundary()
            if len(batch) < _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        if not items:
            return
        start = 0
        while True:
            batch = items[start:start + _BATCHSIZE]
            start += _BATCHSIZE
            self._write(MARK)
            for item in batch:
                self.save(item)
            self._write(ADDITEMS)
            self._opcode_boundary()
            if len(batch) < _BATCHSIZE:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        seen = self.memo.get(id(obj))
        if seen is not None:
            self._write(POP_MARK)
            self._memo_get(seen[0])
            return
        self._write(FROZENSET)
        self.memoize(obj)

    # --- reductions and globals ---------------------------------------------------------

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        name = getattr(func, "__name__", None) if self.proto >= 2 else None
        if name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d"
                                    % len(args))
            cls, cargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s"
                                    % type(cls).__name__)
            if not isinstance(cargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not %s"
                                    % type(cargs).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, not %s"
                                    % type(kwargs).__name__)
            if self.proto >= 4:
                self.save(cls)
                self.save(cargs)
                self.save(kwargs)
                self._write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *cargs, **kwargs))
                self.save(())
                self._write(REDUCE)
        elif name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, "__class__", type(obj)) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            seen = self.memo.get(id(obj))
            if seen is not None:
                self._write(POP)
                self._memo_get(seen[0])
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2 + REDUCE + POP)

    def _save_type(self, obj):
        for singleton in (None, Ellipsis, NotImplemented):
            if obj is type(singleton):
                self.save_reduce(type, (singleton,), obj=obj)
                return
        self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        if obj is _codecs_encode:
            module_name = "_codecs"
        else:
            if "<locals>" in name.split("."):
                raise AttributeError("Can't pickle local object %r" % name)
            module_name = _whichmodule(obj, name)
            try:
                __import__(module_name)
                module = sys.modules[module_name]
            except Exception:
                raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name))
            try:
                found, parent = _getattribute(module, name.split("."))
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                    % (obj, name, module_name)) from None
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                    % (obj, module_name, name))
            if parent is module:
                name = name.rpartition(".")[2]
            elif self.proto < 4:
                # A nested name: getattr(parent, last part), then memoized.
                self.save_reduce(getattr, (parent, name.rpartition(".")[2]))
                self.memoize(obj)
                return
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    self._write(EXT2 + _pack("<H", code))
                else:
                    self._write(EXT4 + _pack("<i", code))
                return
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        else:
            if self.fix_imports:
                if (module_name, name) in REVERSE_NAME_MAPPING:
                    module_name, name = REVERSE_NAME_MAPPING[(module_name, name)]
                elif module_name in REVERSE_IMPORT_MAPPING:
                    module_name = REVERSE_IMPORT_MAPPING[module_name]
            encoding = "utf-8" if self.proto == 3 else "ascii"
            try:
                module_bytes = module_name.encode(encoding)
                name_bytes = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %d"
                                    % (module_name, name, self.proto)) from None
            self._write(GLOBAL + module_bytes + b"\n" + name_bytes + b"\n")
        self.memoize(obj)


_DONE = object()  # a reduction that saved the object itself


def _FunctionType_probe():
    pass


_FunctionType = type(_FunctionType_probe)

_SAVERS = {bytes: Pickler._save_bytes, str: Pickler._save_str, tuple: Pickler._save_tuple,
           list: Pickler._save_list, dict: Pickler._save_dict, set: Pickler._save_set,
           frozenset: Pickler._save_frozenset, bytearray: Pickler._save_bytearray}


def _index(value):
    if isinstance(value, int):
        return int(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _checked_reduce(rv):
    if not 2 <= len(rv) <= 6:
        raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
    rv = rv + (None,) * (6 - len(rv))
    func, args, state, listitems, dictitems, setter = rv
    if listitems is not None and not _is_iterator(listitems):
        raise PicklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not %s"
                            % type(listitems).__name__)
    if dictitems is not None and not _is_iterator(dictitems):
        raise PicklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not %s"
                            % type(dictitems).__name__)
    if setter is not None and not callable(setter):
        raise PicklingError("sixth element of the tuple returned by __reduce__ must be a function, not %s"
                            % type(setter).__name__)
    return func, args, state, listitems, dictitems, setter


def _pair(pair):
    if not isinstance(pair, tuple) or len(pair) != 2:
        raise TypeError("dict items iterator must return 2-tuples")
    return pair


def _range_parts(r):
    # minipy's range has no start/stop/step attributes; its repr has them.
    inside = repr(r)[len("range("):-1].split(", ")
    start, stop = int(inside[0]), int(inside[1])
    step = int(inside[2]) if len(inside) > 2 else 1
    return start, stop, step


def _slice_parts(s):
    try:
        return s.start, s.stop, s.step
    except AttributeError:
        pass
    # Without the attributes, the repr has them when they are ints or None.
    parts = []
    for text in repr(s)[len("slice("):-1].split(", "):
        if text == "None":
            parts.append(None)
        elif text.lstrip("-").isdigit():
            parts.append(int(text))
        else:
            raise TypeError("cannot pickle 'slice' object")
    return tuple(parts)


def _encode_long(x):
    """x as little-endian two's complement in the fewest bytes (LONG1/LONG4)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and (data[-2] & 0x80):
        data = data[:-1]
    return data


def _raw_unicode_escape(text):
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code >= 0x10000:
            out += ("\\U%08x" % code).encode("ascii")
        elif code >= 256 or ch in "\\\0\n\r\x1a":
            out += ("\\u%04x" % code).encode("ascii")
        else:
            out.append(code)
    return bytes(out)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    # Plain data in a binary protocol: native, the same bytes.
    if buffer_callback is None and (protocol is None or type(protocol) is int):
        data = _pickle_fast.dumps(obj, DEFAULT_PROTOCOL if protocol is None else protocol)
        if type(data) is bytes:
            return data
        reduced = data
    else:
        reduced = None
    f = BytesIO()
    pickler = Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)
    # What the fast path already had __reduce_ex__ return, so that it is not called again.
    pickler._reduced = reduced
    pickler.dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not buffers:
        done = _pickle_fast.loads(data)
        if done is not None:
            return done[0]
    return Unpickler(BytesIO(bytes(data)), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


# CPython's pickle keeps its pure-Python implementation under these names
# beside the C one (pyperformance's pickle_pure_python benchmarks use
# them). Here Pickler and Unpickler are the Python classes themselves;
# `_dumps` and `_loads` skip the native fast path that `dumps` and `loads`
# try first.
_Pickler = Pickler
_Unpickler = Unpickler


def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = BytesIO()
    _dump(obj, out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)
    return out.getvalue()


def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def _loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return _load(BytesIO(data), fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
