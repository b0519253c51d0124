# struct: sizes and alignment, every code in native and standard orders,
# float bits (double, single, half: rounding, subnormals, inf, nan, -0.0),
# strings, Struct objects and the errors.
import struct
import math
for fmt in ["i", "@i", "<i", "bhiq", "@bhiq", "<bhiq", "cid", "@cid", "=l", "@l", "!H", "3s2x?", "@?q", "P", "n", "e", "5p", "0s", "@hd", "@dh"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("<i", -2), struct.pack(">I", 4000000000), struct.pack("@bhiq", 1, 2, 3, 4), struct.pack("<bhiq", 1, -2, 3, -4))
print(struct.pack("<?c3sx", True, b"z", b"abcdef"), struct.pack("5p", b"hi"), struct.pack(">Q", 2**64 - 1), struct.pack("@n", -1))
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 1e-310, 5e-324, math.inf, -math.inf, 3.4028234663852886e38, 1.17549435e-38, 1e-45, 65504.0, 6e-8, 0.333333333, 2.5, 1 / 3]:
    d = struct.pack("<d", v)
    print(v, d.hex(), struct.unpack("<d", d)[0] == v or v != v)
    try:
        f = struct.pack(">f", v)
        print(" f", f.hex(), struct.unpack(">f", f)[0])
    except OverflowError as e:
        print(" f", e)
    try:
        h = struct.pack("<e", v)
        print(" e", h.hex(), struct.unpack("<e", h)[0])
    except OverflowError as e:
        print(" e", e)
print(struct.pack("<d", math.nan).hex(), math.isnan(struct.unpack("<d", struct.pack("<d", math.nan))[0]))
print(struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.unpack(">3s?", b"abc\x02"), struct.unpack("5p", b"\x03abcd"), struct.unpack("@bq", bytes(16)))
s = struct.Struct("<2hf")
print(repr(s).startswith("<_struct.Struct object at 0x"), s.size, s.format, s.pack(1, 2, 0.5), s.unpack(s.pack(1, 2, 0.5)), list(s.iter_unpack(s.pack(1, 2, 3.0) * 2)), s.unpack_from(b"xx" + s.pack(7, 8, 9.0), 2))
for bad in [lambda: struct.pack("b", 200), lambda: struct.pack("<H", -1), lambda: struct.pack("i", 1, 2), lambda: struct.pack("i", "x"),
            lambda: struct.unpack("i", b"abc"), lambda: struct.calcsize("z"), lambda: struct.pack("c", b"ab"), lambda: struct.pack("<f", 1e40),
            lambda: struct.pack("s", "text"), lambda: struct.calcsize("<n"), lambda: struct.pack("<q", 2**63)]:
    try:
        bad()
    except (struct.error, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
for f, v in [('b',200),('B',-1),('h',70000),('H',-1),('i',2**40),('I',-1),('l',2**70),('L',-1),('<l',2**40),('<L',-1),('q',2**70),('<Q',-1),('<q',2**63),('n',2**70),('N',-1),('<i',2**40),('<b',200),('<B',300),('<h',2**20)]:
    try:
        struct.pack(f, v)
    except struct.error as e:
        print(f, e)
