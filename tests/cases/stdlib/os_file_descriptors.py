# os file descriptors: os.open flags, read/write, close, fdopen, open(fd), errors
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.bin")
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
print(os.write(fd, b"abcdef"), os.write(fd, b"gh"))
os.close(fd)
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, e.filename == p)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
try:
    os.write(fd, b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(fd)
for bad in [lambda: os.read(fd, 1), lambda: os.close(fd), lambda: os.write(fd, b"")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
fd = os.open(p, os.O_RDWR | os.O_APPEND)
os.write(fd, b"++")
with open(fd, "rb") as f:
    print(f.read())
try:
    os.open(os.path.join(d, "missing"), os.O_RDONLY)
except FileNotFoundError as e:
    print(e.errno, e.strerror)
fd = os.open(p, os.O_WRONLY | os.O_TRUNC)
with os.fdopen(fd, "w") as f:
    f.write("text")
print(open(p).read())
try:
    os.fdopen("x")
except TypeError as e:
    print(e)
try:
    os.write(1, "str")
except TypeError as e:
    print(e)
os.remove(p)
os.rmdir(d)
print(os.path.exists(d), os.path.islink(d))
os.write(1, b"written to fd 1\n")
