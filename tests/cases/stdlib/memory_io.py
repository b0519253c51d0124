# io.StringIO and io.BytesIO: reading by line and size, seeking past the end,
# truncating, closing, and CPython's errors.
import io
s = io.StringIO("abc\ndef\nghi")
print(s.readline(), s.readline(2), s.read(), s.tell(), s.seek(0), list(s))
s.seek(20); s.write("Z"); print(repr(s.getvalue()), s.truncate(5), repr(s.getvalue()), s.isatty())
s.writelines(["x", "y"]); print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable())
with io.StringIO() as t:
    print("hi", file=t); print(repr(t.getvalue()))
print(t.closed)
for bad in (lambda: t.read(), lambda: s.write(1), lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: io.StringIO(5)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b"12\n34\n5")
print(b.readline(), b.read(1), b.seek(-1, 2), b.read(), b.seek(10), b.write(b"x"), b.getvalue())
b.seek(0); print(list(b), b.tell(), b.truncate(3), b.getvalue())
b.close()
for bad in (lambda: b.read(), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-2)):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
