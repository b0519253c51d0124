# pickle.dumps of plain data (None, bools, ints, floats, str, bytes,
# tuples, lists, dicts) must give CPython's bytes, opcode for opcode, in
# every binary protocol: framing, memo hits for shared and recursive
# objects, batching at 1000 items; and loads must read them back. minipy
# does these natively and falls back to its Python pickler for the rest.
import hashlib
import pickle
import random

rng = random.Random(1206)


# Made once, so both interpreters share them the same way (CPython folds
# `"x" * 255` in a function into one constant; minipy builds it per call).
LONG_ATOMS = ["x" * 255, "y" * 256, b"z" * 255, b"w" * 256]


def atom():
    kind = rng.randrange(9)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.choice([0, 1, 255, 256, 65535, 65536, -1, -128, -129, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
                           2**63, -2**63, 2**64 + 5, -(2**200), 10**80, 255 << 2000])
    if kind == 3:
        return rng.choice([0.0, -0.0, 1.5, -2.25e300, float("inf"), float("-inf"), 1e-310])
    if kind == 4:
        # Two or more characters (and bytes): CPython shares one object per
        # character of U+0000..U+00FF, per byte, and the empty ones, which
        # pickle's memo shows; minipy does not.
        return "".join(rng.choice("ab\u00e9\u4e2d\U0001f600") for _ in range(rng.randrange(2, 6)))
    if kind == 5:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(2, 5)))
    if kind == 6:
        return rng.choice(LONG_ATOMS)
    return rng.randrange(-5, 300)


def build(depth):
    if depth == 0 or rng.random() < 0.3:
        return atom()
    kind = rng.randrange(3)
    n = rng.randrange(0, 5)
    if kind == 0:
        return tuple(build(depth - 1) for _ in range(n))
    if kind == 1:
        return [build(depth - 1) for _ in range(n)]
    return {("k%d" % i if i % 2 else i): build(depth - 1) for i in range(n)}


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


values = [build(4) for _ in range(150)]
shared = ["shared", (1, 2)]
values.append([shared, shared, {"a": shared}, (shared, shared)])
loop = [1]
loop.append(loop)
values.append(loop)
inner = []
cycle = (inner, 5)
inner.append(cycle)
values.append(cycle)
values.append(list(range(1000)))
values.append(list(range(2500)))
values.append({i: None for i in range(1000)})
values.append({i: str(i) for i in range(2001)})
values.append([b"b" * 70000, "s" * 70000, b"t" * 10])
values.append(["p%d" % (i % 300) for i in range(400)])
deep = []
for _ in range(300):
    deep = [deep]
values.append(deep)

for protocol in (None, -1, 2, 3, 4, 5):
    total = []
    for v in values:
        data = pickle.dumps(v, protocol)
        back = pickle.loads(data)
        if repr(back) != repr(v):
            print("round trip differs", protocol, repr(v)[:60])
        total.append(digest(data))
    print(protocol, digest("".join(total).encode()))
for v in values[:12]:
    print(pickle.dumps(v, 2).hex()[:60], pickle.dumps(v).hex()[:60])
print(pickle.dumps(values[-9], 4)[:20], len(pickle.dumps(values[-2], 5)))

# Pickles the native reader leaves to the Python one, and malformed input.
print(pickle.loads(pickle.dumps([1, "a", (2,)], 0)), pickle.loads(pickle.dumps({"k": [1.5]}, 1)))
print(pickle.loads(b"\x80\x04\x95\x09\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01K\x02e."))
for bad in (b"", b"\x80\x04K", b"\x80\x04K\x01", b"]a.", b"\x80\x04}(K\x01e.", b"\x80\x09N."):
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
