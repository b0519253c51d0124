# multiprocessing.Value and Array: one block of shared memory (a kernel
# object, see _minipy_mp.shm_*) seen by every process that is given it.
# Each element read and each write is atomic on its own; `v.value += 1` is a
# read then a write, so without the lock two processes can lose an update.
# With lock=True (the default) each access takes the lock, as CPython's
# Synchronized wrapper does, and `with v.get_lock():` makes a whole update
# atomic.

import _minipy_mp as _mp

_CTYPE_NAMES = {
    "c_byte": "b", "c_ubyte": "B", "c_short": "h", "c_ushort": "H", "c_int": "i", "c_uint": "I",
    "c_long": "l", "c_ulong": "L", "c_longlong": "q", "c_ulonglong": "Q", "c_double": "d",
    "c_float": "f", "c_char": "c", "c_wchar": "u", "c_bool": "?",
}


def _typecode(typecode_or_type):
    t = typecode_or_type
    if isinstance(t, str):
        return t
    code = getattr(t, "_type_", None)
    if isinstance(code, str):
        return code
    raise TypeError("this type has no size")


def _fill(h, values):
    i = 0
    for v in values:
        _mp.shm_set(h, i, v)
        i += 1


class RawValue:
    # A ctypes-like object over one shared element (Value(..., lock=False)).
    def __init__(self, h):
        self._h = h

    @property
    def value(self):
        return _mp.shm_get(self._h, 0)

    @value.setter
    def value(self, v):
        _mp.shm_set(self._h, 0, v)

    def __repr__(self):
        return _mp.shm_ctype(self._h) + "(" + repr(self.value) + ")"


class RawArray:
    # A ctypes-like array over shared elements (Array(..., lock=False)).
    def __init__(self, h):
        self._h = h

    def __len__(self):
        return _mp.shm_len(self._h)

    def _index(self, i):
        n = _mp.shm_len(self._h)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("invalid index")
        return i

    def _is_chars(self):
        return _mp.shm_ctype(self._h) == "c_char"

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [_mp.shm_get(self._h, k) for k in list(range(len(self)))[i]]
            if self._is_chars():
                return bytes([c[0] for c in items])
            return items
        return _mp.shm_get(self._h, self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            indices = list(range(len(self)))[i]
            values = list(v)
            if len(values) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for k, item in zip(indices, values):
                if self._is_chars() and isinstance(item, int):
                    item = bytes([item])
                _mp.shm_set(self._h, k, item)
            return
        _mp.shm_set(self._h, self._index(i), v)

    def __iter__(self):
        for k in range(len(self)):
            yield _mp.shm_get(self._h, k)

    @property
    def value(self):
        # A char array reads as bytes up to the first NUL.
        if not self._is_chars():
            raise AttributeError("'" + _mp.shm_ctype(self._h) + "_Array' object has no attribute 'value'")
        out = []
        for k in range(len(self)):
            c = _mp.shm_get(self._h, k)
            if c == b"\x00":
                break
            out.append(c[0])
        return bytes(out)

    @value.setter
    def value(self, v):
        if len(v) > len(self):
            raise ValueError("byte string too long")
        for k in range(len(v)):
            _mp.shm_set(self._h, k, v[k:k + 1])
        if len(v) < len(self):
            _mp.shm_set(self._h, len(v), b"\x00")

    @property
    def raw(self):
        return self[:]

    def __repr__(self):
        return "<multiprocessing.sharedctypes." + _mp.shm_ctype(self._h) + "_Array_" + str(len(self)) + " object>"


def _new_value(typecode_or_type, args):
    code = _typecode(typecode_or_type)
    h = _mp.shm_new(code, 1)
    if args:
        _mp.shm_set(h, 0, args[0])
    return h


def _new_array(typecode_or_type, size_or_initializer):
    code = _typecode(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _mp.shm_new(code, size_or_initializer)
    values = list(size_or_initializer)
    if code == "c" and isinstance(size_or_initializer, bytes):
        values = [size_or_initializer[k:k + 1] for k in range(len(size_or_initializer))]
    h = _mp.shm_new(code, len(values))
    _fill(h, values)
    return h


def _make_lock(lock):
    import multiprocessing
    if lock is True or lock is None:
        return multiprocessing.RLock()
    if not hasattr(lock, "acquire"):
        raise AttributeError("'" + type(lock).__name__ + "' object has no attribute 'acquire'")
    return lock


class Synchronized:
    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self._obj

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return "<Synchronized wrapper for " + repr(self._obj) + ">"


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __iter__(self):
        with self._lock:
            items = list(self._obj)
        return iter(items)

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    def __repr__(self):
        return "<SynchronizedArray wrapper for " + repr(self._obj) + ">"


def Value(typecode_or_type, *args, lock=True):
    obj = RawValue(_new_value(typecode_or_type, args))
    if lock is False:
        return obj
    return Synchronized(obj, _make_lock(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    obj = RawArray(_new_array(typecode_or_type, size_or_initializer))
    if lock is False:
        return obj
    return SynchronizedArray(obj, _make_lock(lock))


def RawValueOf(typecode_or_type, *args):
    return RawValue(_new_value(typecode_or_type, args))


def RawArrayOf(typecode_or_type, size_or_initializer):
    return RawArray(_new_array(typecode_or_type, size_or_initializer))
