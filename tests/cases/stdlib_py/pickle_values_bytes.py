# pickle.dumps gives CPython's bytes for built-in values under every
# protocol 0-5 (opcodes, memo, frames), and loads gives them back.
import pickle
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31-1, 2**31, -2**31, -2**31-1, 2**64, -2**64, 10**100, -(2**63),
        0.0, 1.5, -2.25, 1e300, float("inf"), "", "a", "héllo", "\u20ac\U0001f600", "a\\b\nc\r\x00\x1a", b"", b"abc", b"\x00\xff" * 200,
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, "x"], {}, {"a": 1}, {"a": 1, "b": [2, 3]}, {1, 2, 3}, frozenset([4, 5]), set(), frozenset(),
        bytearray(b"xy"), bytearray(), 1+2j, [["s"] * 3], ("s", "t"), list(range(1200)), range(3), range(1, 10, 2), len, int, dict, ValueError, type(None), Ellipsis, NotImplemented]
for proto in range(6):
    bad = 0
    for v in vals:
        data = pickle.dumps(v, protocol=proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        print(proto, repr(v)[:40], data[:80].hex() if len(data) > 100 else data, ok)
print(pickle.loads(pickle.dumps(slice(1, 5), 4)), pickle.loads(pickle.dumps(slice(None, 5, -1), 2)))
print(pickle.dumps(slice(1, 5), 4))

# Large values: 64 KiB frames, big payloads outside frames, batches of 1000.
import hashlib
big = ["x" * 100 + str(i) for i in range(700)]
for v in [big, [b"z" * 66000, "q" * 66000, 1], set(range(1000)), {i: i for i in range(1000)}]:
    for proto in (2, 4):
        d = pickle.dumps(v, proto)
        print(proto, len(d), hashlib.md5(d).hexdigest(), pickle.loads(d) == v)
