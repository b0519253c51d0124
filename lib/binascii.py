# binascii: the small conversions base64 and friends are built on.

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def hexlify(data, sep=None, bytes_per_sep=1):
    if not isinstance(data, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    text = data.hex()
    if sep is not None:
        sep = sep.decode("ascii") if isinstance(sep, bytes) else sep
        step = 2 * abs(bytes_per_sep)
        if bytes_per_sep > 0:
            cut = len(text) % step
            pieces = ([text[:cut]] if cut else []) + [text[i:i + step] for i in range(cut, len(text), step)]
        else:
            pieces = [text[i:i + step] for i in range(0, len(text), step)]
        text = sep.join(pieces)
    return text.encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    if isinstance(hexstr, bytes):
        hexstr = hexstr.decode("ascii")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr)
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


a2b_hex = unhexlify

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def crc32(data, value=0):
    crc = value ^ 0xFFFFFFFF
    for byte in data:
        crc = _CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
