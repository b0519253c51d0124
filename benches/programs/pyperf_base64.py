# Benchmark: pyperformance's "base64": the base64 module's codecs. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_base64/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; the original authors, where known, are credited below).
# The pyperf.Runner harness is replaced by a fixed number of calls, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
"""Benchmark for the base64 module's primary public APIs.

Tests encoding and decoding performance across various variants
and data sizes, split into _small (balanced small data) and _large variants.
(Here each variant runs once over the small data and, at full size, once
over the large data; the 1 MiB inputs are left out.)
"""

import base64
import binascii
import random
import sys

SMALL = sys.argv[1:] == ["small"]

# Generate test data with fixed seed for reproducibility
random.seed(12345)
DATA_TINY = bytes(random.randrange(256) for _ in range(20))
DATA_SMALL = bytes(random.randrange(256) for _ in range(127))  # odd on purpose
DATA_MEDIUM = bytes(random.randrange(256) for _ in range(3072))
DATA_9K = bytes(random.randrange(256) for _ in range(9000))
DATA_LARGE = bytes(random.randrange(256) for _ in range(102400 // 16 if SMALL else 102400))

REPEAT = (45, 7, 1) if SMALL else (450, 71, 3)


def bench_small(encode, decode):
    checksum = 0
    for data, times in zip((DATA_TINY, DATA_SMALL, DATA_MEDIUM), REPEAT):
        for _ in range(times):
            encoded = encode(data)
            decoded = decode(encoded)
        checksum = binascii.crc32(encoded, checksum)
        assert decoded == data
    encoded = encode(DATA_9K)
    assert decode(encoded) == DATA_9K
    return binascii.crc32(encoded, checksum)


def bench_large(encode, decode):
    encoded = encode(DATA_LARGE)
    assert decode(encoded) == DATA_LARGE
    return binascii.crc32(encoded)


CODECS = (
    ("base64", base64.b64encode, base64.b64decode),
    ("base64_validate", base64.b64encode, lambda s: base64.b64decode(s, validate=True)),
    ("urlsafe_base64", base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    ("base32", base64.b32encode, base64.b32decode),
    ("base16", base64.b16encode, base64.b16decode),
    ("ascii85", base64.a85encode, base64.a85decode),
    ("ascii85_wrapped", lambda s: base64.a85encode(s, wrapcol=76), base64.a85decode),
    ("base85", base64.b85encode, base64.b85decode),
)

if __name__ == "__main__":
    for name, encode, decode in CODECS:
        print(name, bench_small(encode, decode), bench_large(encode, decode))
