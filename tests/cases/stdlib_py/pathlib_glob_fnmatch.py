# pathlib (pure path arithmetic, reprs and errors; mkdir/write/read/glob/
# rglob/iterdir/unlink on a scratch directory named by pid), fnmatch, glob.
import os
from pathlib import Path, PurePath, PurePosixPath
p = Path("/usr/lib/python3.11/json/__init__.py")
print(p, repr(p), p.name, p.suffix, p.stem, p.parent, p.parent.parent, p.parts, p.anchor, p.is_absolute())
q = Path("a//b/./c.tar.gz")
print(q, q.suffixes, q.with_suffix(".bz2"), q.with_name("d.txt"), q.with_stem("e"), list(q.parents), Path(), Path("."), Path(""))
print(Path("a") / "b" / Path("c"), "x" / Path("y"), Path("a", "/b", "c"), Path("/a/b").relative_to("/a"), Path("/a/b").is_relative_to("/c"))
try:
    Path("/a/b").relative_to("/c")
except ValueError as e:
    print(e)
print(Path("a/b.py").match("*.py"), Path("/a/b.py").match("/*.py"), PurePath("x"), type(PurePath("x")).__name__, type(Path("x")).__name__)
print(sorted([Path("b"), Path("a/c"), Path("a")]), Path("a") == Path("a/"), hash(Path("a")) == hash(Path("a/")))
base = Path("pathlib_demo_%d" % os.getpid())
if base.exists():
    for f in sorted(base.rglob("*"), reverse=True):
        f.rmdir() if f.is_dir() else f.unlink()
    base.rmdir()
(base / "sub" / "deep").mkdir(parents=True)
(base / "a.txt").write_text("hello\n")
(base / "sub" / "b.py").write_text("print(1)\n")
(base / "sub" / "deep" / "c.py").write_bytes(b"x")
print((base / "a.txt").read_text(), (base / "a.txt").exists(), (base / "a.txt").is_file(), (base / "sub").is_dir())
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p.relative_to(base)) for p in base.glob("*.txt")), sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
with (base / "a.txt").open() as f:
    print(f.readline().strip())
with open(base / "a.txt") as f:
    print(len(f.read()))
(base / "a.txt").unlink()
(base / "a.txt").unlink(missing_ok=True)
for f in sorted(base.rglob("*"), reverse=True):
    f.rmdir() if f.is_dir() else f.unlink()
base.rmdir()
print(base.exists(), os.fspath(Path("z")))
import glob, fnmatch
print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "[ab].*"), fnmatch.translate("*.py"), fnmatch.translate("a?[!x]"))
