# bytearray mutation: item and slice assignment (extended and resizing),
# del, append/extend/insert/pop/remove/clear/reverse, += and *=, with
# CPython's errors.

def attempt(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


b = bytearray(b"abcdef")
b[0] = 65
b[-1] = 70
print(b)
attempt("set 256", lambda: b.__setitem__(0, 256))
attempt("set -1", lambda: b.__setitem__(0, -1))
attempt("set str", lambda: b.__setitem__(0, "a"))
attempt("set bytes", lambda: b.__setitem__(0, b"a"))
attempt("set oob", lambda: b.__setitem__(6, 1))
attempt("set key", lambda: b.__setitem__("x", 1))
b[1:3] = b"XYZ"
print(b)
b[1:4] = b""
print(b)
b[0:0] = bytearray(b"<<")
print(b)
b[len(b):] = [33, 63]
print(b)
b[::2] = b"......"[: len(b[::2])]
print(b)
b[::-1] = bytes(reversed(b))
print(b)
b[1:2] = memoryview(b"mv")
print(b)
b[:] = b
print(b)
b[2:5] = range(48, 51)
print(b)
attempt("slice int", lambda: b.__setitem__(slice(0, 2), 5))
attempt("slice str", lambda: b.__setitem__(slice(0, 2), "ab"))
attempt("slice float", lambda: b.__setitem__(slice(0, 2), 1.5))
attempt("slice none", lambda: b.__setitem__(slice(0, 2), None))
attempt("slice items", lambda: b.__setitem__(slice(0, 2), [1, 300]))
attempt("slice items str", lambda: b.__setitem__(slice(0, 2), ["a"]))
attempt("ext size", lambda: b.__setitem__(slice(None, None, 2), b"x"))
attempt("ext empty", lambda: b.__setitem__(slice(5, 2, 2), b"x"))
attempt("step 0", lambda: b.__setitem__(slice(None, None, 0), b""))
print(b)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del b[::-3]
print(b)
del b[5:1]
print(b)
attempt("del oob", lambda: b.__delitem__(100))
attempt("del key", lambda: b.__delitem__(1.5))

a = bytearray()
print(a.append(1), a.append(True), a.extend(b"xy"), a.extend([1, 2]), a.extend(bytearray(b"!")), a)
a.extend(x for x in range(65, 68))
a.extend(memoryview(b"mv"))
a.insert(0, 48)
a.insert(-1, 49)
a.insert(100, 50)
a.insert(-100, 51)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.remove(120), a)
a.reverse()
print(a)
attempt("append 256", lambda: a.append(256))
attempt("append str", lambda: a.append("a"))
attempt("append none", lambda: a.append())
attempt("append two", lambda: a.append(1, 2))
attempt("extend int", lambda: a.extend(1))
attempt("extend str", lambda: a.extend("ab"))
attempt("extend bad item", lambda: a.extend([1, "a"]))
attempt("extend big", lambda: a.extend([300]))
attempt("pop empty", lambda: bytearray().pop())
attempt("pop oob", lambda: a.pop(100))
attempt("pop many", lambda: a.pop(1, 2))
attempt("remove missing", lambda: a.remove(5))
attempt("remove big", lambda: a.remove(300))
attempt("remove str", lambda: a.remove("a"))
attempt("insert one", lambda: a.insert(1))
attempt("insert str", lambda: a.insert("a", 1))
attempt("insert big", lambda: a.insert(0, 300))
attempt("copy arg", lambda: a.copy(1))
attempt("clear arg", lambda: a.clear(1))
print(a)
a.clear()
print(a, len(a))
c = bytearray(b"ab")
d = c
c += b"cd"
c += bytearray(b"e")
c += memoryview(b"f")
c *= 2
print(c, d is c)
c *= 0
print(c, d)
attempt("iadd str", lambda: d.__iadd__("x"))
e = bytearray(b"xyz")
e.__imul__(-1)
print(e)
