# bytearray and memoryview in the library: io.BytesIO write/readinto,
# files, hashlib update, struct pack_into/unpack_from, int.to_bytes and
# int.from_bytes, json.loads of a bytearray.
import hashlib
import io
import json
import os
import struct


bio = io.BytesIO()
print(bio.write(bytearray(b"abc")), bio.write(memoryview(b"def")), bio.getvalue())
bio.seek(0)
buf = bytearray(4)
print(bio.readinto(buf), buf)
view = memoryview(bytearray(8))
print(bio.readinto(view), view.tobytes(), bio.readinto(bytearray(2)))
try:
    io.BytesIO(b"x").readinto(b"ab")
except TypeError as e:
    print("TypeError", e)
print(io.BytesIO(bytearray(b"init")).read())

# A scratch file beside this one (removed below), not a machine path.
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scratch_bytearray_%d.bin" % os.getpid())
with open(path, "wb") as f:
    print(f.write(bytearray(b"hello ")), f.write(memoryview(b"world")))
with open(path, "rb") as f:
    target = bytearray(5)
    print(f.readinto(target), target, f.read())
os.remove(path)

h = hashlib.sha256()
h.update(bytearray(b"ab"))
h.update(memoryview(b"c"))
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), hashlib.md5(bytearray(b"x")).hexdigest())

packed = bytearray(8)
struct.pack_into("<HI", packed, 1, 513, 7)
print(packed, struct.unpack_from("<HI", packed, 1), struct.unpack("<H", bytearray(b"\x01\x02")))
struct.pack_into(">h", memoryview(packed), 6, -2)
print(packed, struct.unpack_from(">h", memoryview(packed), 6), struct.Struct("B").unpack(memoryview(b"\x09")))
for args in [(b"\x00\x00", 0, 1), (packed, 7, 1), (packed, -1, 1), (packed, -20, 1)]:
    try:
        struct.pack_into(">h", *args)
    except (TypeError, struct.error) as e:
        print(type(e).__name__, e)
n = int.from_bytes(bytearray(b"\x01\x02"), "big")
print(n, bytearray((258).to_bytes(2, "little")), int.from_bytes(memoryview(b"\xff"), "big", signed=True))
print(json.loads(bytearray(b'{"a": [1, 2]}')))
