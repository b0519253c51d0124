# open(): text and binary files, modes r/w/a/x/b/+, reading by line, size and
# iteration, seek/tell, with-blocks, and CPython's errors; io.StringIO/BytesIO.
import io
import os

# A scratch folder beside this file (removed at the end), not a machine path.
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scratch_open_%d" % os.getpid())
os.mkdir(base)
p = os.path.join(base, "t.txt")

with open(p, "w") as f:
    print(type(f).__name__, f.mode, f.name == p, f.closed, f.readable(), f.writable())
    print(f.write("first line\n"), f.write("second línea ✓\n"))
    f.writelines(["third\n", "no newline at end"])
print(f.closed)

with open(p) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(p, encoding="utf-8") as f:
    print(f.readlines())
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p) as f:
    print(repr(f.read()))
    print(repr(f.read()), f.tell())
    f.seek(0)
    print(repr(f.read(5)), f.tell())

with open(p, "a") as f:
    f.write("\nappended")
print(open(p).read().splitlines()[-2:])

with open(p, "rb") as f:
    print(type(f).__name__, f.read(5), f.tell(), f.readline(), f.seek(-3, 2), f.read())
with open(p, "rb") as f:
    data = f.read()
print(len(data), sum(1 for c in data if c == 10), data[:11])

b = os.path.join(base, "b.bin")
with open(b, "wb") as f:
    print(type(f).__name__, f.write(bytes(range(256))), f.write(b"\r\n\r"))
with open(b, "rb") as f:
    all_bytes = f.read()
print(len(all_bytes), all_bytes[250:])
with open(b, "r+b") as f:
    f.seek(10)
    f.write(b"XY")
    f.seek(8)
    print(type(f).__name__, f.read(6))

crlf = os.path.join(base, "crlf.txt")
with open(crlf, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
with open(crlf) as f:
    print(f.readlines())
with open(crlf, newline="") as f:
    print(repr(f.read()))

with open(p, "w") as f:
    f.write("short")
with open(p, "r+") as f:
    print(repr(f.read(2)))
    f.write("!!")
with open(p) as f:
    print(repr(f.read()))

try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, str(e).replace(base, "BASE"))
x = os.path.join(base, "new.txt")
with open(x, "x") as f:
    f.write("created")
print(open(x).read())


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e).replace(base, "BASE"))


show("missing", lambda: open(os.path.join(base, "missing.txt")))
show("missing rel", lambda: open("minipy-definitely-missing.txt"))
show("directory", lambda: open(base))
show("bad mode", lambda: open(p, "z"))
show("rw mode", lambda: open(p, "rw"))
show("tb mode", lambda: open(p, "tb"))
show("binary encoding", lambda: open(p, "rb", encoding="utf-8"))
show("bad encoding", lambda: open(p, encoding="klingon"))
show("bad path type", lambda: open(3.5))
f = open(p)
f.close()
show("read closed", lambda: f.read())
show("readline closed", lambda: f.readline())
show("with closed", lambda: f.__enter__())
g = open(p, "w")
show("read write-only", lambda: g.read())
show("write bytes to text", lambda: g.write(b"x"))
g.close()
h = open(p)
show("write read-only", lambda: h.write("x"))
h.close()
k = open(b, "wb")
show("write str to binary", lambda: k.write("x"))
k.close()

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), repr(s.getvalue()))
s.seek(0)
print(s.readline(), s.read(), s.tell(), list(io.StringIO("a\nb\nc")))
s.write("to stringio 42\n")
print(repr(s.getvalue()))
bio = io.BytesIO(b"abc\ndef")
print(bio.readline(), bio.read(), bio.tell(), bio.seek(1), bio.read(2), bio.getvalue())
bio.write(b"ZZ")
print(bio.getvalue())
with io.StringIO("x") as s2:
    pass
show("closed stringio", lambda: s2.read())
show("stringio bytes", lambda: io.StringIO().write(b"x"))

for name in sorted(os.listdir(base)):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
