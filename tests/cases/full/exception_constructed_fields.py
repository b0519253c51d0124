# OSError(errno, strerror) picks the errno's subclass and exposes errno,
# strerror, filename; UnicodeDecodeError/UnicodeEncodeError made from their
# parts format CPython's message and expose their fields.
for args in [(2, "No such file"), (13, "Denied", "f.txt"), (17, "Exists", "a", None, "b"), (99, "Other"), ("x", "y"), (2,)]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e), e.args)
print(isinstance(OSError(2, "x"), FileNotFoundError), type(FileNotFoundError(13, "x")).__name__)
try:
    raise OSError(2, "gone", "p")
except FileNotFoundError as e:
    print("caught", e)
e = OSError(2, "x")
e.errno = 5
print(e.errno)
for e in [
    UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
    UnicodeDecodeError("utf-8", b"ab", 5, 6, "bad"), UnicodeEncodeError("ascii", "é\u20ac", 1, 2, "r"),
    UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "r"), UnicodeEncodeError("ascii", "ab", 0, 2, "r"),
    UnicodeEncodeError("ascii", "x", 0, 1, "r"),
]:
    print(type(e).__name__, str(e), e.encoding, e.object, e.start, e.end, e.reason)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
