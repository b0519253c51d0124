# binascii's base64 and CRC-32 against CPython on generated input: every
# decoding outcome (data, or the exact binascii.Error) in both modes, over
# strings built from the alphabet, padding, and bytes outside it.
import base64
import binascii
import random

rng = random.Random(20261206)
pieces = [b"A", b"Zg", b"Zm8", b"Zm9v", b"=", b"==", b"===", b"+", b"/", b"-", b"_", b"\n", b" ", b"*", b"\xff"]
outcomes = {}
for trial in range(3000):
    text = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
    for strict in (False, True):
        try:
            result = binascii.a2b_base64(text, strict_mode=strict).hex()
        except binascii.Error as e:
            result = "Error: " + str(e)
        outcomes[result] = outcomes.get(result, 0) + 1
        if trial < 40:
            print(repr(text), strict, result)
print(len(outcomes), sum(outcomes.values()))
for result in sorted(outcomes, key=lambda r: (-outcomes[r], r))[:25]:
    print(outcomes[result], result)

for n in range(0, 70):
    data = bytes(rng.randrange(256) for _ in range(n))
    encoded = base64.b64encode(data)
    assert base64.b64decode(encoded) == data
    assert base64.b64decode(encoded, validate=True) == data
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data
    if n % 10 == 3:
        print(n, encoded, binascii.b2a_base64(data)[-3:], binascii.crc32(data), binascii.crc32(data, n))

print(base64.b64encode(bytearray(b"abc")), base64.b64encode(memoryview(b"abcd")))
print(base64.b64decode("YWJj"), base64.b64decode(b"YW Jj\n"), base64.b64decode(b"YWJj", altchars=b"-_"))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(base64.encodebytes(bytes(range(100)))) == bytes(range(100)))
print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
for bad in (lambda: base64.b64encode("text"), lambda: binascii.a2b_base64(5), lambda: binascii.a2b_base64("é"),
            lambda: base64.b64decode(b"YWJj!", validate=True), lambda: binascii.b2a_base64(b"x", b"y")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
