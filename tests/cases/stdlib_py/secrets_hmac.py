# secrets (tokens, choice, randbelow, randbits, compare_digest) and hmac
# (HMAC objects, digest, compare_digest), with CPython's errors.
import hashlib
import hmac
import secrets
import string

tok = secrets.token_bytes()
print(type(tok).__name__, len(tok), len(secrets.token_bytes(5)), secrets.token_bytes(0))
hx = secrets.token_hex(7)
print(len(hx), all(c in string.hexdigits for c in hx), len(secrets.token_hex()))
us = secrets.token_urlsafe(10)
print(len(us), all(c in string.ascii_letters + string.digits + "-_" for c in us), len(secrets.token_urlsafe()))
print(repr(secrets.token_hex(0)), repr(secrets.token_urlsafe(0)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(12) < 4096 for _ in range(200)), secrets.randbits(0))
print(secrets.choice("a") + secrets.choice(["b"]), secrets.choice("xyz") in "xyz")
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY)
print(sorted(secrets.__all__), secrets.compare_digest is hmac.compare_digest)
pw = "".join(secrets.choice(string.ascii_letters) for _ in range(16))
print(len(pw), pw.isalpha())

for a, b in [(1, 2), ("é", "é"), ("a", b"a"), (b"a", memoryview(b"a")), (bytearray(b"x"), b"x"),
             ("abc", "abc"), ("abc", "abd"), ("ab", "abc"), (b"ab", "ab"), (None, b""), (b"", b"")]:
    try:
        print(secrets.compare_digest(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
for f, args in [(secrets.randbelow, (0,)), (secrets.randbelow, (-3,)), (secrets.randbits, (-1,)),
                (secrets.token_bytes, (-1,)), (secrets.token_hex, ("x",)), (secrets.choice, ([],)),
                (secrets.randbits, (1.0,)), (secrets.token_bytes, (2.0,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

# hmac: RFC 4231 test case 2 and friends.
h = hmac.new(b"Jefe", b"what do ya want ", hashlib.sha256)
h.update(b"for nothing?")
print(h.hexdigest())
print(h.name, h.digest_size, h.block_size)
c = h.copy()
c.update(b"more")
print(h.hexdigest() != c.hexdigest(), len(c.digest()))
print(hmac.new(b"k" * 200, b"long key", "sha1").hexdigest())
print(hmac.new(bytearray(b"key"), digestmod="md5").hexdigest())
print(hmac.digest(b"key", b"msg", "sha512").hex())
print(hmac.new(b"key", b"msg", digestmod=hashlib.sha384).hexdigest())
print(hmac.compare_digest(hmac.digest(b"k", b"m", "sha256"), hmac.new(b"k", b"m", "sha256").digest()))
for args, kw in [(("key", b"m", "sha256"), {}), ((b"key", b"m"), {})]:
    try:
        hmac.new(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
