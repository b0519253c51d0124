# hashlib: md5, sha1 and the sha2 family on several inputs (empty, short,
# exactly one block, multi-block, large enough to drop the GIL), update
# chaining, copy(), digest() vs hexdigest(), the attributes, hashlib.new,
# and CPython's error messages for str and other non-bytes input.
import hashlib

inputs = [b"", b"abc", b"a" * 64, b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 40]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, ctor.__name__)
    for data in inputs:
        one = ctor(data)
        print(" ", len(data), one.hexdigest())
        assert one.digest().hex() == one.hexdigest()
        assert len(one.digest()) == one.digest_size
        assert hashlib.new(name, data).hexdigest() == one.hexdigest()
        h.update(data)
    print("  chained:", h.hexdigest())

# update() in pieces equals one update of the whole.
whole = hashlib.sha256(b"hello world" * 1000)
parts = hashlib.sha256()
for i in range(0, 11000, 700):
    parts.update((b"hello world" * 1000)[i:i + 700])
print(whole.hexdigest() == parts.hexdigest(), parts.hexdigest())

# digest() does not end the computation; copy() forks it.
a = hashlib.sha1(b"hello ")
first = a.hexdigest()
b = a.copy()
a.update(b"world")
b.update(b"there")
print(first)
print(a.hexdigest(), a.hexdigest() == hashlib.sha1(b"hello world").hexdigest())
print(b.hexdigest(), b.hexdigest() == hashlib.sha1(b"hello there").hexdigest())
print(type(a.digest()).__name__, a.digest()[:6], a.update(b""))
print(type(a).__name__, type(a) is type(hashlib.md5()), str(type(a)))

# Keywords and names.
print(hashlib.sha256(string=b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.new("SHA256").name, hashlib.new(name="md5", data=b"").name, hashlib.new("sha512", data=b"y").digest_size)

# Errors.
h = hashlib.sha256()
attempts = [
    lambda: hashlib.sha256("text"),
    lambda: hashlib.sha256(42),
    lambda: hashlib.sha256(None),
    lambda: h.update("text"),
    lambda: h.update([1, 2]),
    lambda: h.update(),
    lambda: h.update(b"a", b"b"),
    lambda: h.digest(1),
    lambda: h.hexdigest(b""),
    lambda: h.copy(1),
    lambda: hashlib.sha256(b"a", b"b"),
    lambda: hashlib.sha256(data=b"x"),
    lambda: hashlib.sha256(b"x", string=b"y"),
    lambda: hashlib.new("nope"),
    lambda: hashlib.new(256),
    lambda: hashlib.new("sha1", "text"),
    lambda: h.nope,
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(h.hexdigest())
