# float() of bytes, bytearray and memoryview parses their ASCII text, with
# CPython's error naming the object.
for v in [b"3.14", b" 1e3 ", bytearray(b"2.5"), memoryview(b"7"), b"x", b"1_0", b"\xff", b"inf", b"-nan", b""]:
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__, e)
