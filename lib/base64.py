# base64: binary data as printable text, in bases 16, 32, 64 and 85.
#
# Each encoding reads the input in fixed-size groups of bytes as one big
# number and writes that number's digits in the alphabet; a short last group
# is padded (with '=' in bases 32 and 64) and the padding dropped on decode.

import binascii as _binascii

__all__ = ["b64encode", "b64decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode",
           "urlsafe_b64decode", "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode",
           "b16decode", "b85encode", "b85decode", "a85encode", "a85decode", "encodebytes", "decodebytes"]

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")

Error = _binascii.Error


def _as_bytes(data, what="argument"):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(data, bytes):
        return data
    if isinstance(data, (list, tuple)):
        return bytes(data)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % type(data).__name__)


def _needs_bytes(data):
    if not isinstance(data, bytes):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return data


# ---- base 64 ----------------------------------------------------------------

def b64encode(s, altchars=None):
    encoded = _binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        altchars = _as_bytes(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _as_bytes(s)
    if altchars is not None:
        altchars = _as_bytes(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return _binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(s, b"-_")


def encodebytes(s):
    s = _needs_bytes(s)
    return b"".join(_binascii.b2a_base64(s[start:start + 57]) for start in range(0, len(s), 57))


def decodebytes(s):
    return _binascii.a2b_base64(_needs_bytes(s))


# ---- base 32 ----------------------------------------------------------------

# Per alphabet: every pair of digits by the 10 bits it stands for, and
# back, so a 5-byte group is four lookups each way rather than eight.
_b32_pairs = {}


def _b32_tables(alphabet):
    tables = _b32_pairs.get(alphabet)
    if tables is None:
        encode = [bytes((a, b)) for a in alphabet for b in alphabet]
        decode = {pair: value for value, pair in enumerate(encode)}
        tables = _b32_pairs[alphabet] = (encode, decode)
    return tables


def _b32_encode(alphabet, s):
    s = _needs_bytes(s)
    encode = _b32_tables(alphabet)[0]
    leftover = len(s) % 5
    if leftover:
        s = s + b"\0" * (5 - leftover)
    from_bytes = int.from_bytes
    out = bytearray()
    for start in range(0, len(s), 5):
        n = from_bytes(s[start:start + 5], "big")
        out += encode[n >> 30] + encode[(n >> 20) & 0x3FF] + encode[(n >> 10) & 0x3FF] + encode[n & 0x3FF]
    if leftover:
        padding = {1: 6, 2: 4, 3: 3, 4: 1}[leftover]
        out[-padding:] = b"=" * padding
    return bytes(out)


def _b32_decode(alphabet, s, casefold=False, map01=None):
    s = _as_bytes(s)
    if len(s) % 8:
        raise Error("Incorrect padding")
    if map01 is not None:
        map01 = _as_bytes(map01)
        s = s.replace(b"0", b"O").replace(b"1", map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padding = len(s) - len(stripped)
    if stripped.translate(None, alphabet):
        raise Error("Non-base32 digit found")
    if padding not in (0, 1, 3, 4, 6):
        raise Error("Incorrect padding")
    decode = _b32_tables(alphabet)[1]
    # The last group's digits, padded with the zero digit to a full group.
    whole = stripped + alphabet[:1] * padding
    out = bytearray()
    for start in range(0, len(whole), 8):
        n = (decode[whole[start:start + 2]] << 30 | decode[whole[start + 2:start + 4]] << 20
             | decode[whole[start + 4:start + 6]] << 10 | decode[whole[start + 6:start + 8]])
        out += n.to_bytes(5, "big")
    if padding:
        del out[-{1: 1, 3: 2, 4: 3, 6: 4}[padding]:]
    return bytes(out)


def b32encode(s):
    return _b32_encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32_decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32_encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32_decode(_B32HEX, s, casefold)


# ---- base 16 ----------------------------------------------------------------

def b16encode(s):
    return _needs_bytes(s).hex().upper().encode("ascii")


def b16decode(s, casefold=False):
    s = _as_bytes(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b"0123456789ABCDEF"):
        raise Error("Non-base16 digit found")
    if len(s) % 2:
        raise Error("Odd-length string")
    return bytes.fromhex(s.decode("ascii"))


# ---- base 85 ----------------------------------------------------------------

_pairs85 = {}


def _encode85(s, alphabet, pad, fold_zeros=False, fold_spaces=False):
    s = _needs_bytes(s)
    # Every pair of digits by the number below 85**2 it stands for: a
    # 4-byte word is two pairs and a single digit.
    pairs = _pairs85.get(alphabet)
    if pairs is None:
        pairs = _pairs85[alphabet] = [bytes((a, b)) for a in alphabet for b in alphabet]
    padding = (-len(s)) % 4
    padded = s + b"\0" * padding
    full = len(s) - len(s) % 4
    from_bytes = int.from_bytes
    out = bytearray()
    for start in range(0, len(padded), 4):
        number = from_bytes(padded[start:start + 4], "big")
        if fold_zeros and number == 0 and start < full:
            out += b"z"
        elif fold_spaces and number == 0x20202020 and start < full:
            out += b"y"
        else:
            out += pairs[number // 614125] + pairs[number // 85 % 7225]
            out.append(alphabet[number % 85])
    encoded = bytes(out)
    if padding and not pad:
        if encoded.endswith(b"z"):
            encoded = encoded[:-1] + alphabet[0:1] * 5
        encoded = encoded[:-padding]
    return encoded


def b85encode(b, pad=False):
    return _encode85(b, _B85, pad)


_b85_values = []


def b85decode(b):
    b = _as_bytes(b)
    if not _b85_values:
        # Each byte's digit value (-1 for a byte outside the alphabet).
        _b85_values.extend([-1] * 256)
        for value, byte in enumerate(_B85):
            _b85_values[byte] = value
    values = _b85_values
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for start in range(0, len(b), 5):
        number = 0
        for at in range(start, start + 5):
            value = values[b[at]]
            if value < 0:
                raise ValueError("bad base85 character at position %d" % at)
            number = number * 85 + value
        if number > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % start)
        out += number.to_bytes(4, "big")
    return bytes(out[:len(out) - padding] if padding else out)


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    encoded = _encode85(b, _A85, pad, fold_zeros=True, fold_spaces=foldspaces)
    if adobe:
        encoded = b"<~" + encoded
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        encoded = b"\n".join(encoded[i:i + width] for i in range(0, len(encoded), width))
    if adobe:
        if len(encoded.split(b"\n")[-1]) + 2 > wrapcol and wrapcol:
            encoded += b"\n"
        encoded += b"~>"
    return encoded


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\x0b"):
    b = _as_bytes(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with b'~>'")
        b = b[2:-2] if b.startswith(b"<~") else b[:-2]
    out = []
    group = []
    for byte in b:
        if byte in ignorechars:
            continue
        if byte == 122:  # 'z'
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out.append(b"\0\0\0\0")
            continue
        if byte == 121 and foldspaces:  # 'y'
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out.append(b"    ")
            continue
        if not 33 <= byte <= 117:
            raise ValueError("Non-Ascii85 digit found: %s" % chr(byte))
        group.append(byte - 33)
        if len(group) == 5:
            number = 0
            for value in group:
                number = number * 85 + value
            if number > 0xFFFFFFFF:
                raise ValueError("Ascii85 overflow")
            out.append(number.to_bytes(4, "big"))
            group = []
    if group:
        missing = 5 - len(group)
        number = 0
        for value in group + [84] * missing:
            number = number * 85 + value
        out.append(number.to_bytes(4, "big")[:4 - missing])
    return b"".join(out)
