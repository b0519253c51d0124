# array: sequences of numbers of one C type, kept here as a Python list of
# checked values. Every store is range-checked as CPython checks it, so a
# program sees the same OverflowError; the memory layout (buffer_info's
# address) is not modelled; tobytes/frombytes encode the machine's
# little-endian layout with struct.

typecodes = "bBuhHiIlLqQfd"

# typecode: (item size, lowest, highest, message below, message above)
_INTEGER = {
    "b": (1, -128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
    "B": (1, 0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
    "h": (2, -32768, 32767, "signed short integer is less than minimum", "signed short integer is greater than maximum"),
    "H": (2, 0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    "i": (4, -2147483648, 2147483647, "signed integer is less than minimum", "signed integer is greater than maximum"),
    "I": (4, 0, 4294967295, "can't convert negative value to unsigned int",
          "unsigned int is greater than maximum"),
    "l": (8, -9223372036854775808, 9223372036854775807, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (8, 0, 18446744073709551615, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"),
    "q": (8, -9223372036854775808, 9223372036854775807, "int too big to convert", "int too big to convert"),
    "Q": (8, 0, 18446744073709551615, "can't convert negative value to unsigned int", "int too big to convert"),
}
_SIZES = {"u": 4, "f": 4, "d": 8}
# The struct format of one item, in the layout CPython uses on a 64-bit
# little-endian machine ("l" is 8 bytes there, "u" a 4-byte code point).
_STRUCT_CODES = {"b": "b", "B": "B", "h": "h", "H": "H", "i": "i", "I": "I", "l": "q", "L": "Q",
                 "q": "q", "Q": "Q", "f": "f", "d": "d", "u": "I"}


def _float32(value):
    # C's double-to-float conversion: the nearest single, or an infinity.
    import struct
    try:
        return struct.unpack("f", struct.pack("f", value))[0]
    except OverflowError:
        return float("inf") if value > 0 else float("-inf")


def _check(typecode, value):
    limits = _INTEGER.get(typecode)
    if limits is not None:
        if not isinstance(value, int):
            raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")
        if value < limits[1]:
            raise OverflowError(limits[3])
        if value > limits[2]:
            raise OverflowError(limits[4])
        return int(value)
    if typecode == "u":
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value
    if not isinstance(value, (int, float)):
        raise TypeError("must be real number, not " + type(value).__name__)
    return _float32(value) if typecode == "f" else float(value)


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            if not isinstance(typecode, str):
                raise TypeError("array() argument 1 must be a unicode character, not " + type(typecode).__name__)
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._items = []
        if initializer is not None:
            if isinstance(initializer, str) and typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '" + typecode + "'")
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        limits = _INTEGER.get(self._typecode)
        return limits[0] if limits is not None else _SIZES[self._typecode]

    def _same_kind(self, other):
        if not isinstance(other, array) or other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    def append(self, value):
        self._items.append(_check(self._typecode, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same_kind(iterable)
            self._items.extend(iterable._items)
            return
        for value in iterable:
            self.append(value)

    def insert(self, index, value):
        self._items.insert(index, _check(self._typecode, value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        return self._items.pop(index)

    def remove(self, value):
        if value not in self._items:
            raise ValueError("array.remove(x): x not in array")
        self._items.remove(value)

    def index(self, value, start=0, stop=9223372036854775807):
        for i in range(max(start, 0), min(stop, len(self._items))):
            if self._items[i] == value:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        checked = [_check(self._typecode, v) for v in items]
        self._items.extend(checked)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tobytes(self):
        import struct
        code = _STRUCT_CODES[self._typecode]
        items = self._items
        if self._typecode == "u":
            items = [ord(c) for c in items]
        return struct.pack("<%d%s" % (len(items), code), *items)

    def frombytes(self, data):
        import struct
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        items = list(struct.unpack("<%d%s" % (len(data) // size, _STRUCT_CODES[self._typecode]), data))
        if self._typecode == "u":
            items = [chr(c) for c in items]
        self._items.extend(items)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            self._same_kind(value)
            self._items[index] = value._items
            return
        # The common store (a float into a 'd' array) needs no conversion:
        # skip the call to _check, whose result would be the value itself.
        if type(value) is float and self._typecode == "d":
            checked = value
        else:
            checked = _check(self._typecode, value)
        try:
            self._items[index] = checked
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __add__(self, other):
        self._same_kind(other)
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same_kind(other)
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    def __rmul__(self, n):
        return self._new(self._items * n)

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __repr__(self):
        if not self._items:
            return "array('" + self._typecode + "')"
        if self._typecode == "u":
            return "array('u', " + repr("".join(self._items)) + ")"
        return "array('" + self._typecode + "', " + repr(self._items) + ")"

    __hash__ = None


ArrayType = array
