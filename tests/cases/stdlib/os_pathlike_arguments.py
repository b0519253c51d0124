# os functions, os.path, open() and shutil take os.PathLike objects
# (pathlib.Path or a class with __fspath__) wherever they take a str path.
import os
import shutil
import tempfile
from pathlib import Path


class Where:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


base = Path(tempfile.mkdtemp())
sub = base / "sub"
os.mkdir(sub)
os.makedirs(sub / "deeper" / "deepest")
(sub / "a.txt").write_text("alpha")
with open(sub / "b.txt", "w") as f:
    f.write("beta")
print(sorted(os.listdir(sub)), type(os.listdir(sub)[0]).__name__)
print(os.path.exists(sub / "a.txt"), os.path.isdir(sub), os.path.isfile(Where(str(sub / "b.txt"))))
print(os.stat(sub / "a.txt").st_size, os.path.getsize(sub / "b.txt"))
print(os.path.basename(sub / "a.txt"), os.path.join(sub, "x").endswith("/sub/x"))
print(os.path.splitext(Path("archive.tar.gz")), os.fspath(Where("w")))
os.rename(sub / "a.txt", sub / "c.txt")
os.replace(Where(str(sub / "c.txt")), sub / "d.txt")
os.remove(sub / "d.txt")
os.unlink(Where(str(sub / "b.txt")))
os.rmdir(sub / "deeper" / "deepest")
print(sorted(p.name for p in sub.iterdir()))
shutil.rmtree(base)
print(os.path.exists(base))

for bad in (42, None, Where(42)):
    try:
        os.remove(bad)
    except TypeError as e:
        print("TypeError:", e)

walked = Path(tempfile.mkdtemp())
(walked / "f.txt").write_text("x")
shutil.copy(walked / "f.txt", walked / "g.txt")
shutil.move(walked / "g.txt", walked / "h.txt")
for top, dirs, files in os.walk(walked):
    print(type(top).__name__, sorted(files))
shutil.rmtree(walked)
