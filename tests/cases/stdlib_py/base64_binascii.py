# base64 and binascii: every encoding round-trips and matches CPython's text,
# padding rules and errors.
import base64
import binascii
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\0\0\0\0 a    ", b"hello world"]
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s))
    print(base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s), base64.a85encode(s, foldspaces=True))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs bG8=\n"), base64.b32hexencode(b"abc"))
print(base64.encodebytes(bytes(range(60))), base64.decodebytes(b"YWJj\n"), base64.a85encode(b"xyz", adobe=True), base64.b32decode("mzxw6===", casefold=True))
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\x02\x03", "-"), binascii.unhexlify("01ab"), binascii.crc32(b"hello world"), binascii.crc32(b""))
for bad in [lambda: base64.b64decode("abc"), lambda: base64.b64decode("a"), lambda: base64.b64decode("ab!=", validate=True), lambda: base64.b32decode("abc"),
            lambda: base64.b16decode("0g"), lambda: base64.b64encode("text"), lambda: base64.b85decode(b"|||||"), lambda: binascii.unhexlify("abc")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
