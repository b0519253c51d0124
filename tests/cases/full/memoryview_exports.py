# A bytearray exported by a memoryview cannot change size (BufferError),
# but can change its bytes; releasing or dropping every view (slices and
# copies included) lifts that.

def attempt(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


b = bytearray(b"abc")
m = memoryview(b)
attempt("append", lambda: b.append(1))
attempt("extend", lambda: b.extend(b"x"))
attempt("extend empty", lambda: b.extend(b""))
attempt("pop", lambda: b.pop())
attempt("remove", lambda: b.remove(97))
attempt("clear", lambda: b.clear())
attempt("insert", lambda: b.insert(0, 1))
attempt("reverse", lambda: b.reverse())
attempt("iadd", lambda: b.__iadd__(b"z"))
attempt("iadd empty", lambda: b.__iadd__(b""))
attempt("imul 1", lambda: b.__imul__(1))
attempt("imul 2", lambda: b.__imul__(2))
attempt("same size slice", lambda: b.__setitem__(slice(0, 1), b"z"))
attempt("grow slice", lambda: b.__setitem__(slice(0, 1), b"zz"))
attempt("del item", lambda: b.__delitem__(0))
attempt("del empty slice", lambda: b.__delitem__(slice(0, 0)))
attempt("item", lambda: b.__setitem__(1, 66))
print(b, m.tobytes())
s = m[1:]
m.release()
attempt("append after release, slice alive", lambda: b.append(1))
s.release()
b.append(33)
print(b)
m2 = memoryview(b)
m3 = memoryview(m2)
del m2
attempt("copy alive", lambda: b.append(1))
del m3
b.append(63)
print(b)
with memoryview(b) as v:
    attempt("in with", lambda: b.append(1))
b.append(46)
print(b)


def use_view(buf):
    view = memoryview(buf)
    return view[0]


print(use_view(b))
b.extend(b"done")
print(b)
