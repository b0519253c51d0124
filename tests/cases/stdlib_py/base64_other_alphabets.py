# base64's base-32, base-16 and base-85 codecs against CPython: round
# trips at every length of a short input, padding, folding and the errors.
import base64
import binascii
import random

rng = random.Random(7)
for n in range(0, 23):
    data = bytes(rng.randrange(256) for _ in range(n))
    for enc, dec in ((base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode),
                     (base64.a85encode, base64.a85decode)):
        encoded = enc(data)
        assert dec(encoded) == data, (enc.__name__, data)
        if n in (0, 1, 4, 5, 6, 9, 13, 22):
            print(enc.__name__, n, encoded)
print(base64.b85encode(b"abc", pad=True), base64.a85encode(b"\0\0\0\0abc    x", foldspaces=True))
print(base64.a85encode(b"\0\0\0\0"), base64.a85encode(b"\0\0\0"), base64.a85encode(b"hello world", adobe=True))
print(base64.a85encode(bytes(range(40)), wrapcol=20))
print(base64.b32decode(b"me======", casefold=True), base64.b32decode(b"MFRGG===", map01=b"L"))
print(base64.b16decode(b"0aff", casefold=True))
for bad in (b"MFRGG==", b"MFRGG!==", b"M=RGGZDF", b"MFRGGZD=", b"MFRGGZ==", b"MFRGG=!="):
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print(bad, "Error:", e)
for bad in (b"0G", b"abc", b"ABC"):
    try:
        print(base64.b16decode(bad))
    except binascii.Error as e:
        print(bad, "Error:", e)
for bad in (b"VPa\x00d", b"abc\"e", b"|NsC0", b"~~~~~", b"VPa"):
    try:
        print(base64.b85decode(bad))
    except ValueError as e:
        print(bad, "ValueError:", e)
