# memoryview over bytes and bytearray: len, indexing, slicing (shared
# memory), tobytes/tolist/hex, attributes, ==, bytes(), release and the
# context manager, cast between one-byte formats, and the errors.

def attempt(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


m = memoryview(b"hello")
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), m.hex(), bytes(m), list(m))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m.obj, type(m).__name__, type(iter(m)).__name__)
print(repr(m).startswith("<memory at 0x"), str(m) == repr(m))
s = m[1:4]
print(type(s).__name__, s.tobytes(), len(s), s.shape, s.obj is m.obj, m[::2].tobytes(), m[::-1].tobytes())
print(m[::2].strides, m[::2].contiguous, m[::-1][1:3].tobytes(), m[4:1].tobytes(), m[1:][1:][1:].tobytes())
print(m == b"hello", b"hello" == m, m != b"hellO", m == bytearray(b"hello"), m == m[:], m == [104], m == "hello")
print(memoryview(b"abc") == memoryview(b"abc"), hash(memoryview(b"abc")) == hash(b"abc"))
print(bytearray(b"a") < memoryview(b"b"), memoryview(b"a") == bytearray(b"a"), memoryview(b"") == b"")
attempt("lt", lambda: m < m)
attempt("lt bytes", lambda: b"a" < memoryview(b"b"))
attempt("oob", lambda: m[5])
attempt("key", lambda: m["a"])
attempt("float key", lambda: m[1.0])
attempt("readonly set", lambda: m.__setitem__(0, 1))
attempt("del", lambda: m.__delitem__(0))
attempt("ctor int", lambda: memoryview(1))
attempt("ctor str", lambda: memoryview("a"))
attempt("ctor list", lambda: memoryview([1]))
attempt("ctor none", lambda: memoryview())
print(memoryview(object=b"kw").tobytes(), memoryview(m).tobytes(), memoryview(m).obj is m.obj)

ba = bytearray(b"abcdef")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 65
w[-1] = 70
w[1:3] = b"BC"
w[3:5] = bytearray(b"DE")
print(ba, w.tobytes())
sub = w[2:]
sub[0] = 122
print(ba, sub.tolist())
ba[1] = 33
print(w[1], sub.tobytes())
attempt("set 256", lambda: w.__setitem__(0, 256))
attempt("set str", lambda: w.__setitem__(0, "a"))
attempt("set size", lambda: w.__setitem__(slice(0, 2), b"x"))
attempt("set list", lambda: w.__setitem__(slice(0, 2), [1, 2]))
attempt("set oob", lambda: w.__setitem__(10, 1))
attempt("hash writable", lambda: hash(w))
w[::2] = b"123"
print(ba)
ro = w.toreadonly()
print(ro.readonly, ro.tobytes())
attempt("ro set", lambda: ro.__setitem__(0, 1))

c = memoryview(b"ab\xff").cast("c")
print(c.format, c[0], c.tolist(), c == b"ab\xff", bytearray(b"ab\xff") == c)
sb = memoryview(b"\x01\xff\x80").cast("b")
print(sb.format, sb[1], sb.tolist(), list(sb), sb.cast("B").tolist(), sb.cast("@B").format)
wc = memoryview(bytearray(b"xy")).cast("c")
wc[0] = b"Q"
print(wc.obj)
attempt("c int", lambda: wc.__setitem__(0, 1))
attempt("c long", lambda: wc.__setitem__(0, b"ab"))
wb = memoryview(bytearray(2)).cast("b")
wb[0] = -1
print(wb.obj, wb[0])
attempt("b 200", lambda: wb.__setitem__(0, 200))
attempt("cast bad", lambda: m.cast("x"))
attempt("cast int", lambda: m.cast(1))
attempt("cast noncontig", lambda: m[::2].cast("B"))

r = memoryview(b"data")
r.release()
r.release()
print(repr(r).startswith("<released memory at 0x"), r == r, r == b"data")
for label, f in [("index", lambda: r[0]), ("len", lambda: len(r)), ("tobytes", lambda: r.tobytes()),
                 ("obj", lambda: r.obj), ("bytes", lambda: bytes(r)), ("format", lambda: r.format),
                 ("list", lambda: list(r)), ("slice", lambda: r[1:]), ("hex", lambda: r.hex())]:
    attempt(label, f)
with memoryview(b"ctx") as v:
    print(v.tobytes())
print(repr(v).startswith("<released"))
attempt("enter released", lambda: v.__enter__())
