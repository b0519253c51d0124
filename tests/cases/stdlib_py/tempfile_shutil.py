# tempfile and shutil: temporary files and directories, copying, moving, removing trees, which, errors
import os, shutil, tempfile
print(tempfile.gettempdir() == os.path.abspath(tempfile.gettempdir()), tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()))
with tempfile.TemporaryDirectory(prefix="mp_", suffix="_x") as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("mp_"), d.endswith("_x"), len(os.path.basename(d)))
    fd, path = tempfile.mkstemp(suffix=".txt", dir=d)
    print(type(fd).__name__, os.path.dirname(path) == d, path.endswith(".txt"), os.write(fd, b"hello\n"))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
    with open(path) as f:
        print(repr(f.read()))
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), os.listdir(sub))
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log") as nf:
        nf.write("line one\n")
        nf.flush()
        nf.seek(0)
        print(nf.read(), os.path.exists(nf.name), nf.name.endswith(".log"))
        named = nf.name
    print(os.path.exists(named))
    keep = tempfile.NamedTemporaryFile(dir=d, delete=False)
    keep.write(b"kept")
    keep.close()
    print(os.path.exists(keep.name), open(keep.name, "rb").read())
    with tempfile.TemporaryFile() as tf:
        tf.write(b"abc")
        tf.seek(0)
        print(tf.read(), type(tf.name).__name__)
    # shutil
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "inner", "deep"))
    for rel, text in [("a.txt", "A"), ("b.py", "B"), ("inner/c.txt", "C"), ("inner/deep/d.pyc", "D")]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    os.chmod(os.path.join(src, "a.txt"), 0o640)
    dst = shutil.copytree(src, os.path.join(d, "dst"), ignore=shutil.ignore_patterns("*.pyc"))
    print(dst == os.path.join(d, "dst"), sorted(os.listdir(dst)), sorted(os.listdir(os.path.join(dst, "inner", "deep"))))
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print("FileExistsError", e.errno, os.path.basename(e.filename))
    shutil.copytree(src, dst, dirs_exist_ok=True)
    c = shutil.copy(os.path.join(src, "a.txt"), os.path.join(d, "copied.txt"))
    print(os.path.basename(c), open(c).read())
    c2 = shutil.copy2(os.path.join(src, "b.py"), sub)
    print(c2 == os.path.join(sub, "b.py"), os.path.getmtime(c2) == os.path.getmtime(os.path.join(src, "b.py")))
    print(shutil.copyfile(c, os.path.join(d, "cf.txt")).endswith("cf.txt"))
    try:
        shutil.copyfile(c, c)
    except shutil.SameFileError as e:
        print("SameFileError", str(e) == f"{c!r} and {c!r} are the same file", isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(d, "missing"), os.path.join(d, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror)
    moved = shutil.move(os.path.join(d, "cf.txt"), sub)
    print(moved == os.path.join(sub, "cf.txt"), os.path.exists(os.path.join(d, "cf.txt")))
    shutil.move(os.path.join(d, "copied.txt"), os.path.join(d, "renamed.txt"))
    print(sorted(n for n in os.listdir(d) if n.endswith(".txt") and not n.startswith("tmp")))
    try:
        shutil.move(os.path.join(sub, "cf.txt"), sub)
    except shutil.Error as e:
        print("Error", str(e).startswith("Destination path"))
    shutil.rmtree(dst)
    print(os.path.exists(dst))
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    errs = []
    shutil.rmtree(os.path.join(d, "nope"), onerror=lambda f, p, info: errs.append((f.__name__, info[0].__name__)))
    print(errs)
    saved = d
print(os.path.exists(saved))
t = tempfile.TemporaryDirectory()
name = t.name
print(repr(t) == f"<TemporaryDirectory {name!r}>", os.path.isdir(name))
t.cleanup()
print(os.path.exists(name))
t2 = tempfile.TemporaryDirectory()
n2 = t2.name
del t2
print(os.path.exists(n2))
print(shutil.which("sh") in ("/bin/sh", "/usr/bin/sh"), shutil.which("no-such-program-xyz"), shutil.which("sh", path=""))
fd, p = tempfile.mkstemp()
with os.fdopen(fd, "w") as f:
    f.write("via fdopen")
print(open(p).read())
os.remove(p)
