# os.stat and friends, the stat and errno modules, shutil.disk_usage,
# atexit, and `del module.attr`.
import atexit
import errno
import os
import shutil
import stat
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("hello world")
st = os.stat(p)
print(st.st_size, st[stat.ST_SIZE], st[6], len(st))
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(os.stat(p).st_mode) & 0o600))
print(stat.S_ISDIR(os.stat(d).st_mode), stat.filemode(os.stat(d).st_mode)[0])
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o120777), stat.filemode(0o104755))
print(isinstance(st.st_mtime, float), st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime))
print(os.lstat(p).st_size, os.path.getsize(p), os.path.getmtime(p) == st.st_mtime)
print(os.path.isfile(p), os.path.isdir(p), os.path.isdir(d), os.path.islink(p))
fd = os.open(p, os.O_RDONLY)
print(os.fstat(fd).st_size)
os.close(fd)
try:
    os.stat(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e.strerror)
try:
    os.stat(3.5)
except TypeError as e:
    print(e)
# Float times are seconds + nanoseconds * 1e-9, as CPython rounds them.
for i in range(20):
    os.utime(p, ns=(i * 123456789 + 1700000000_000000007, i * 987654321 + 1700000000_000000013))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st.st_mtime == os.path.getmtime(p), st.st_atime_ns)
u = shutil.disk_usage(d)
print(u.total >= u.used >= 0, u.free >= 0, len(u))
shutil.rmtree(d)

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPIPE, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[2], errno.errorcode[errno.EINVAL], errno.errorcode[errno.EAGAIN])
print(stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR, stat.S_IFREG, stat.S_IFDIR)

m = sys.modules["stat"]
m.extra = 1
del m.extra
print(hasattr(m, "extra"))
try:
    del m.missing
except AttributeError as e:
    print(e)


def bye(who, punct="!"):
    print("bye", who + punct)


def never():
    print("never")


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(never)
atexit.unregister(never)
print(atexit.register(never) is never)
atexit.unregister(never)
try:
    atexit.register(3)
except TypeError as e:
    print(e)
print("exiting")
sys.exit(0)
