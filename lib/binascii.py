# binascii: the small conversions base64 and friends are built on.

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "b2a_base64", "a2b_base64",
           "crc32"]

from _binascii import a2b_base64, b2a_base64, crc32


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
