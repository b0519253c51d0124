# A small ctypes: the simple C types, as names for multiprocessing.Value and
# Array (Value(ctypes.c_int, 0)) and as tiny value holders (c_int(5).value).
# Foreign functions (CDLL, pointers, structures) are not supported.


class _SimpleCData:
    _type_ = "i"

    def __init__(self, value=None):
        import _minipy_mp
        self._h = _minipy_mp.shm_new(self._type_, 1)
        if value is not None:
            _minipy_mp.shm_set(self._h, 0, value)

    @property
    def value(self):
        import _minipy_mp
        return _minipy_mp.shm_get(self._h, 0)

    @value.setter
    def value(self, v):
        import _minipy_mp
        _minipy_mp.shm_set(self._h, 0, v)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.value) + ")"


class c_byte(_SimpleCData):
    _type_ = "b"


class c_ubyte(_SimpleCData):
    _type_ = "B"


class c_short(_SimpleCData):
    _type_ = "h"


class c_ushort(_SimpleCData):
    _type_ = "H"


class c_int(_SimpleCData):
    _type_ = "i"


class c_uint(_SimpleCData):
    _type_ = "I"


class c_long(_SimpleCData):
    _type_ = "l"


class c_ulong(_SimpleCData):
    _type_ = "L"


class c_longlong(_SimpleCData):
    _type_ = "q"


class c_ulonglong(_SimpleCData):
    _type_ = "Q"


class c_double(_SimpleCData):
    _type_ = "d"


class c_float(_SimpleCData):
    _type_ = "f"


class c_char(_SimpleCData):
    _type_ = "c"


class c_wchar(_SimpleCData):
    _type_ = "u"


class c_bool(_SimpleCData):
    _type_ = "?"


c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_long
c_uint64 = c_ulong
c_size_t = c_ulong
c_ssize_t = c_long
