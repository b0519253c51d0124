# os and os.path: constants, process ids, environ, files and directories, and
# CPython's OSError texts ([Errno 2] No such file or directory: 'x').
import os
import os.path

print(os.sep, repr(os.linesep), os.name, os.pathsep, os.curdir, os.pardir, os.devnull)
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), os.cpu_count() >= 1)
print(isinstance(os.getcwd(), str), os.path.isabs(os.getcwd()))
print(os.getenv("MINIPY_SURELY_UNSET"), os.getenv("MINIPY_SURELY_UNSET", "dflt"), "PATH" in os.environ)
print(os.environ.get("MINIPY_SURELY_UNSET", 5), isinstance(os.environ.get("PATH"), str))
os.environ["MINIPY_X"] = "y"
print(os.environ["MINIPY_X"], os.getenv("MINIPY_X"), "MINIPY_X" in os.environ)
del os.environ["MINIPY_X"]
print("MINIPY_X" in os.environ, os.environ.pop("MINIPY_X", "gone"))
try:
    os.environ["MINIPY_Y"] = 5
except TypeError as e:
    print("TypeError", e)
try:
    os.environ["MINIPY_SURELY_UNSET"]
except KeyError as e:
    print("KeyError", e)
print(len(os.urandom(16)), os.urandom(0), type(os.urandom(3)).__name__)

# A scratch folder beside this file (removed at the end), not a machine path.
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scratch_os_%d" % os.getpid())
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.listdir(base))
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == base)
deep = os.path.join(base, "a", "b", "c")
os.makedirs(deep)
os.makedirs(deep, exist_ok=True)
try:
    os.makedirs(deep)
except OSError as e:
    print(type(e).__name__, e.errno)
f = os.path.join(base, "a", "file.txt")
with open(f, "w") as fh:
    fh.write("hello\n")
print(os.path.getsize(f), os.path.isfile(f), sorted(os.listdir(os.path.join(base, "a"))))
os.rename(f, f + ".bak")
print(os.path.exists(f), os.path.exists(f + ".bak"))
try:
    os.remove(f)
except FileNotFoundError as e:
    print(str(e).replace(base, "BASE"), e.args, e.errno)
try:
    os.rmdir(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(os.path.join(base, "nope"))
except FileNotFoundError as e:
    print(str(e).replace(base, "BASE"))
try:
    os.rename(os.path.join(base, "x"), os.path.join(base, "y"))
except FileNotFoundError as e:
    print(str(e).replace(base, "BASE"))
for top, dirs, files in os.walk(base):
    print(top.replace(base, "BASE"), sorted(dirs), sorted(files))
os.remove(f + ".bak")
os.removedirs(deep)
print(os.path.exists(base))
try:
    os.getsize = None
    os.path.getsize("/nonexistent/minipy")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.mkdir(5)
except TypeError as e:
    print(e)
print(str(OSError(2, "No such file or directory")), str(OSError("plain")), str(OSError(1, 2, 3)))

# os.path string operations
for p in ["", "/", "//", "a", "a/", "/a/b", "a/b/", "/a/b/c.txt", "a.b/c", ".bashrc", "a/.bashrc", "x.tar.gz", "a/b.", "..", "a//b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.normpath(p), os.path.isabs(p))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), os.path.join("", "x"), os.path.join("a", ""))
print(os.path.normpath("/a/./b/../../c/"), os.path.normpath("../a/../../b"), os.path.normpath("///a"), os.path.normpath("//a//b"))
print(os.path.abspath("/x/y/../z"), os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.expanduser("~") == os.environ["HOME"], os.path.expanduser("x/~"))
print(os.path.exists("/"), os.path.isdir("/"), os.path.exists("/nonexistent/minipy"), os.path.isfile("/nonexistent"))
