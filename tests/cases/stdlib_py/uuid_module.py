# uuid: the UUID class (parsing, fields, bytes, comparisons, errors), uuid3/uuid4/uuid5, namespaces
import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(repr(u), u.version, u.variant, u.fields, u.urn, u.time_low, u.node, u.clock_seq, u.time, u.hex, u.int)
print(u.bytes, u.bytes_le, u.is_safe)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"), repr(uuid.NAMESPACE_OID), uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "a").variant)
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b"bytes name")
except TypeError as e:
    print(e)
for a in ["xyz", "{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678123456781234567812345678", "12345678-1234-5678-1234-56781234567g"]:
    try:
        print(uuid.UUID(a))
    except ValueError as e:
        print("ValueError", e)
for kw in [{}, {"int": -1}, {"int": 1 << 128}, {"bytes": b"1"}, {"bytes_le": b"12"}, {"fields": (1, 2)}, {"fields": (1 << 32, 0, 0, 0, 0, 0)}, {"fields": (0, 0, 0, 0, 0, 1 << 48)}, {"int": 5, "version": 9}, {"hex": "12345678123456781234567812345678", "int": 3}]:
    try:
        print(uuid.UUID(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
u4 = uuid.uuid4()
print(u4.version, u4.variant, len(str(u4)), u4 != uuid.uuid4(), uuid.UUID(str(u4)) == u4)
print(uuid.UUID(int=5) < uuid.UUID(int=6), uuid.UUID(int=7) >= uuid.UUID(int=6), hash(uuid.UUID(int=5)) == hash(5), int(uuid.UUID(int=5)))
print(uuid.UUID(bytes=bytes(range(16))), uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(int=0).version, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=1, version=1).version)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.SafeUUID.safe, u == "x", sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
try:
    u.x = 1
except TypeError as e:
    print(e)
d = {u: 1}
print(d[uuid.UUID(u.hex)], str(u).upper())
