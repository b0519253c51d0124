# StringIO and BytesIO built by many appends, mixed with seeks, overwrites,
# truncation, reads and writes past the end (appends are buffered, so every
# other operation must see them).
import io

s = io.StringIO()
for i in range(2000):
    s.write("line %d\n" % i)
print(len(s.getvalue()), s.tell(), s.getvalue()[-10:])
s.seek(0)
print(repr(s.readline()), s.tell())
s.write("LINE")
print(repr(s.getvalue()[:20]))
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()[-8:]))
s.truncate(10)
s.write("more")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("gap")
print(repr(s.getvalue()))
s.seek(0)
print(s.read(5), s.read())
b = io.BytesIO(b"start:")
b.seek(0, 2)
for i in range(1000):
    b.write(str(i).encode() + b",")
print(len(b.getvalue()), b.getvalue()[:12], b.tell())
b.seek(2)
b.write(b"XY")
b.write(b"Z")
print(b.getvalue()[:10], b.read(4))
print(io.StringIO("abc").getvalue(), io.StringIO().getvalue() == "")
