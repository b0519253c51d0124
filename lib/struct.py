# struct: values packed into bytes as C lays them out, and back.
#
# A format is a byte-order prefix and a list of (count, code) items. Native
# order ('@', the default) uses the sizes and alignment of this machine
# (x86-64 Linux: long is 8 bytes, items aligned to their size); the
# standard orders ('<', '>', '!', '=') use fixed sizes and no alignment.
# Floats are encoded bit by bit from their exact binary value, rounding
# half to even when a narrower format ('f', 'e') cannot hold every bit.

import math as _math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


# code: (standard size, native size, kind)
_CODES = {
    "x": (1, 1, "pad"), "c": (1, 1, "char"), "b": (1, 1, "int"), "B": (1, 1, "uint"), "?": (1, 1, "bool"),
    "h": (2, 2, "int"), "H": (2, 2, "uint"), "i": (4, 4, "int"), "I": (4, 4, "uint"), "l": (4, 8, "int"),
    "L": (4, 8, "uint"), "q": (8, 8, "int"), "Q": (8, 8, "uint"), "n": (None, 8, "int"), "N": (None, 8, "uint"),
    "e": (2, 2, "float"), "f": (4, 4, "float"), "d": (8, 8, "float"), "s": (1, 1, "bytes"),
    "p": (1, 1, "pascal"), "P": (None, 8, "uint"),
}

_FLOAT_LAYOUT = {2: (5, 10), 4: (8, 23), 8: (11, 52)}


def _parse(fmt):
    """(little-endian?, native?, [(code, count, size, offset)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order = "@"
    text = fmt
    if text[:1] in "@=<>!":
        order, text = text[0], text[1:]
    native = order == "@"
    little = order in "@=<"
    items = []
    offset = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        while i < len(text) and text[i].isdigit():
            count = (count or 0) * 10 + int(text[i])
            i += 1
        if i >= len(text):
            raise error("repeat count given without format specifier")
        code = text[i]
        i += 1
        if code not in _CODES:
            raise error("bad char in struct format")
        standard, native_size, kind = _CODES[code]
        if not native and standard is None:
            raise error("bad char in struct format")
        size = native_size if native else standard
        if count is None:
            count = 1
        if native and kind not in ("pad", "bytes", "pascal", "char") and size > 1:
            offset += (-offset) % size
        items.append((code, count, size, offset))
        offset += size * count
    return little, native, items, offset


def calcsize(fmt):
    return _parse(fmt)[3]


def _int_range(code, size, kind, native):
    bits = size * 8
    if kind == "uint":
        return 0, (1 << bits) - 1
    return -(1 << (bits - 1)), (1 << (bits - 1)) - 1


_SMALL_NAMES = {(1, "int"): "byte", (1, "uint"): "ubyte", (2, "int"): "short", (2, "uint"): "ushort"}


def _range_message(code, size, kind, low, high):
    name = _SMALL_NAMES.get((size, kind))
    if name is not None:
        return "%s format requires %d <= number <= %d" % (name, low, high)
    if size == 4 and kind == "int":
        return "'%s' format requires %d <= number <= %d" % (code, low, high)
    return "argument out of range"


def _index(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if hasattr(value, "__index__"):
        return value.__index__()
    raise error("required argument is not an integer")


def _encode_float(value, size, little, code):
    exp_bits, mant_bits = _FLOAT_LAYOUT[size]
    bias = (1 << (exp_bits - 1)) - 1
    max_exp = (1 << exp_bits) - 1
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise error("required argument is not a float")
    sign = 1 if _math.copysign(1.0, value) < 0 else 0
    value = abs(value)
    if value != value:
        exponent, mantissa = max_exp, 1 << (mant_bits - 1)
    elif value == _math.inf:
        exponent, mantissa = max_exp, 0
    elif value == 0.0:
        exponent, mantissa = 0, 0
    else:
        fraction, power = _math.frexp(value)  # value = fraction * 2**power, 0.5 <= fraction < 1
        exact = int(fraction * (1 << 53))  # 53 significant bits, exactly
        power -= 53
        # Where the lowest kept bit sits: normal numbers keep mant_bits + 1
        # bits; below the normal range the exponent is pinned.
        top = exact.bit_length() + power - 1  # unbiased exponent of the leading bit
        keep_from = max(top - mant_bits, 1 - bias - mant_bits)
        shift = keep_from - power
        if shift > 0:
            kept, rest = exact >> shift, exact & ((1 << shift) - 1)
            half = 1 << (shift - 1)
            if rest > half or (rest == half and kept & 1):
                kept += 1
        else:
            kept = exact << -shift
        if kept >> (mant_bits + 1):  # rounding carried into a new bit
            kept >>= 1
            keep_from += 1
        if kept >> mant_bits:
            exponent = keep_from + mant_bits + bias
            mantissa = kept & ((1 << mant_bits) - 1)
        else:
            exponent, mantissa = 0, kept
        if exponent >= max_exp:
            raise OverflowError("float too large to pack with %s format" % code)
    bits = (sign << (exp_bits + mant_bits)) | (exponent << mant_bits) | mantissa
    return bits.to_bytes(size, "little" if little else "big")


def _decode_float(data, little):
    size = len(data)
    exp_bits, mant_bits = _FLOAT_LAYOUT[size]
    bias = (1 << (exp_bits - 1)) - 1
    bits = int.from_bytes(data, "little" if little else "big")
    sign = -1.0 if bits >> (exp_bits + mant_bits) else 1.0
    exponent = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mantissa = bits & ((1 << mant_bits) - 1)
    if exponent == (1 << exp_bits) - 1:
        return sign * _math.inf if mantissa == 0 else _math.nan
    if exponent == 0:
        return sign * _math.ldexp(mantissa, 1 - bias - mant_bits)
    return sign * _math.ldexp(mantissa | (1 << mant_bits), exponent - bias - mant_bits)


def _pack(parsed, values):
    little, native, items, total = parsed
    needed = sum(count if code not in "spx" else (1 if code in "sp" else 0) for code, count, _, _ in items)
    if len(values) != needed:
        raise error("pack expected %d items for packing (got %d)" % (needed, len(values)))
    out = []
    position = 0
    values = list(values)
    taken = 0
    for code, count, size, offset in items:
        if offset > position:
            out.append(b"\0" * (offset - position))
            position = offset
        kind = _CODES[code][2]
        if kind == "pad":
            out.append(b"\0" * count)
            position += count
            continue
        if kind in ("bytes", "pascal"):
            value = values[taken]
            taken += 1
            if not isinstance(value, bytes):
                raise error("argument for '%s' must be a bytes object" % code)
            if kind == "pascal":
                body = value[:max(count - 1, 0)]
                chunk = (bytes([min(len(body), 255)]) + body) if count else b""
            else:
                chunk = value[:count]
            out.append(chunk + b"\0" * (count - len(chunk)))
            position += count
            continue
        for _ in range(count):
            value = values[taken]
            taken += 1
            if kind == "char":
                if not isinstance(value, bytes) or len(value) != 1:
                    raise error("char format requires a bytes object of length 1")
                out.append(value)
            elif kind == "bool":
                out.append(b"\x01" if value else b"\x00")
            elif kind == "float":
                out.append(_encode_float(value, size, little, code))
            else:
                number = _index(value)
                low, high = _int_range(code, size, kind, native)
                if not low <= number <= high:
                    raise error(_range_message(code, size, kind, low, high))
                out.append(number.to_bytes(size, "little" if little else "big", signed=kind == "int"))
            position += size
    return b"".join(out)


def _unpack(parsed, data):
    little, native, items, total = parsed
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    if len(data) != total:
        raise error("unpack requires a buffer of %d bytes" % total)
    result = []
    for code, count, size, offset in items:
        kind = _CODES[code][2]
        if kind == "pad":
            continue
        if kind == "bytes":
            result.append(data[offset:offset + count])
            continue
        if kind == "pascal":
            length = min(data[offset], count - 1) if count else 0
            result.append(data[offset + 1:offset + 1 + length])
            continue
        for k in range(count):
            piece = data[offset + k * size:offset + (k + 1) * size]
            if kind == "char":
                result.append(piece)
            elif kind == "bool":
                result.append(piece != b"\0")
            elif kind == "float":
                result.append(_decode_float(piece, little))
            else:
                result.append(int.from_bytes(piece, "little" if little else "big", signed=kind == "int"))
    return tuple(result)


class Struct:
    def __init__(self, format):
        self._parsed = _parse(format)
        self.format = format if isinstance(format, str) else format.decode("ascii")
        self.size = self._parsed[3]

    def pack(self, *values):
        return _pack(self._parsed, values)

    def unpack(self, buffer):
        return _unpack(self._parsed, buffer)

    def pack_into(self, buffer, offset, *values):
        if not isinstance(buffer, (bytearray, memoryview)) or getattr(buffer, "readonly", False):
            raise TypeError("argument must be read-write bytes-like object, not %s" % type(buffer).__name__)
        data = self.pack(*values)
        size = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + size < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, size))
            offset += size
        if size - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, size))
        buffer[offset:offset + self.size] = data

    def unpack_from(self, buffer, offset=0):
        if len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, len(buffer)))
        return _unpack(self._parsed, buffer[offset:offset + self.size])

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return (self.unpack(buffer[i:i + self.size]) for i in range(0, len(buffer), self.size))

    def __repr__(self):
        return "<_struct.Struct object at %#x>" % id(self)


def pack(fmt, *values):
    return Struct(fmt).pack(*values)


def unpack(fmt, buffer):
    return Struct(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return Struct(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return Struct(fmt).iter_unpack(buffer)


def pack_into(fmt, buffer, offset, *values):
    return Struct(fmt).pack_into(buffer, offset, *values)
