"""Keyed hashing (RFC 2104), as CPython's hmac module: HMAC objects built on
hashlib, the one-shot digest() and the constant-time compare_digest()."""

import hashlib as _hashlib

__all__ = ["new", "HMAC", "digest", "compare_digest"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))


def _pad(key, table):
    return bytes([table[x] for x in key])

digest_size = None

_BUFFER_TYPES = (bytes, bytearray, memoryview)


def _is_buffer(obj):
    if isinstance(obj, _BUFFER_TYPES):
        return True
    # array.array is the other buffer type user code passes around.
    return type(obj).__name__ == "array" and type(obj).__module__ == "array"


def _as_bytes(obj):
    if not _is_buffer(obj):
        raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)
    return bytes(obj)


def compare_digest(a, b, /):
    """Return 'a == b', taking the same time whatever the contents (the
    loop never stops early, so the time says nothing about where the
    strings differ)."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        left, right = a.encode("ascii"), b.encode("ascii")
    else:
        if not _is_buffer(a) and not _is_buffer(b):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        left, right = _as_bytes(a), _as_bytes(b)
    # Compare against the right-hand side's length so the time depends only on it.
    result = 0 if len(left) == len(right) else 1
    if len(left) != len(right):
        left = right
    for x, y in zip(left, right):
        result |= x ^ y
    return result == 0


def _constructor(digestmod):
    if digestmod is None or digestmod == "":
        raise TypeError("Missing required parameter 'digestmod'.")
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC class."""

    blocksize = 64

    __slots__ = ("_digest_cons", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        self._digest_cons = _constructor(digestmod)
        self._outer = self._digest_cons()
        self._inner = self._digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, "block_size", self.blocksize)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b"\0")
        self._outer.update(_pad(key, trans_5C))
        self._inner.update(_pad(key, trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline HMAC: the digest of msg under key with the named hash."""
    return HMAC(key, msg, digest).digest()
