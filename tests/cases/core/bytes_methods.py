# bytes methods: searching, splitting, stripping, joining, padding, case and
# classes (ASCII only), fromhex/hex, int.from_bytes/to_bytes, and the
# TypeError for str arguments.
b = b"hello world, hello bytes"
print(b.count(b"l"), b.find(b"world"), b.rfind(b"hello"), b.index(b"o"), b.rindex(b"o"), b.find(b"zz"))
print(b.startswith(b"hell"), b.endswith((b"x", b"bytes")), b.startswith(b"world", 6), b.replace(b"hello", b"bye"), b.replace(b"l", b"L", 2))
print(b.split(), b.split(b", "), b.rsplit(b" ", 1), b"  a \t b\n".split(), b"a b c".split(maxsplit=1), b"a b  c ".rsplit(None, 1))
print(b.partition(b", "), b.rpartition(b"l"), b"-".join([b"a", b"b", b"c"]), b"".join([]), b"x\ny\r\nz".splitlines(), b"x\ny\n".splitlines(True))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip(), b"abc".center(9, b"*"), b"7".zfill(3), b"ab".ljust(4), b"ab".rjust(4, b"0"))
print(b"MiXeD 123".upper(), b"MiXeD".lower(), b"MiXeD".swapcase(), b"\xe9a".upper(), b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"".isdigit())
print(b"ABC".isupper(), b"abc".islower(), b"Abc".isupper(), b"\xff".isascii(), b"a\tb".expandtabs(4), b"prefix-rest".removeprefix(b"prefix-"), b"x.txt".removesuffix(b".txt"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex(), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], "big"), (1024).to_bytes(2, "big"), int.from_bytes((-5).to_bytes(2, "little", signed=True), "little", signed=True))
for bad in [lambda: b"abc".find("a"), lambda: b"a".join(["x"]), lambda: bytes.fromhex("zz"), lambda: b"a".center(3, "*"), lambda: int.from_bytes(b"a", "middle")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
