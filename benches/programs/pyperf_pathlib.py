# Benchmark: pyperformance's "pathlib": create, list, glob and stat files
# through pathlib, and the pure-path operations (parent, name, suffix, ...)
# on many small path objects. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_pathlib/ (MIT License, Copyright (c) 2017 Python Software
# Foundation).
# The pyperf.Runner harness is replaced by a fixed number of loops, and
# the program prints counts and samples so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.

import os
import pathlib
import shutil
import sys
import tempfile

SMALL = sys.argv[1:] == ["small"]
NUM_FILES = 200 if SMALL else 2000
LOOPS = 2 if SMALL else 5


def generate_filenames(tmp_path, num_files):
    i = 0
    while num_files:
        for ext in [".py", ".txt", ".tar.gz", ""]:
            i += 1
            yield os.path.join(tmp_path, str(i) + ext)
            num_files -= 1


def setup(num_files):
    tmp_path = tempfile.mkdtemp()
    for fn in generate_filenames(tmp_path, num_files):
        with open(fn, "wb") as f:
            f.write(b"benchmark")
    return tmp_path


def do_simple_operations(base_path):
    sizes = 0
    for p in base_path.iterdir():
        sizes += p.stat().st_size
    for p in base_path.glob("*.py"):
        sizes += p.stat().st_size
    for p in base_path.iterdir():
        sizes += p.stat().st_size
    for p in base_path.glob("*.py"):
        sizes += p.stat().st_size
    return sizes


def do_pure_operations(paths):
    seen = []
    seen.append(sum(len(str(p.parent)) for p in paths))
    seen.append(sum(len(list(p.parents)) for p in paths[:300]))
    seen.append(sum(len(p.name) for p in paths))
    seen.append(sum(len(p.suffix) for p in paths))
    seen.append(sum(len(p.suffixes) for p in paths))
    seen.append(sum(len(p.stem) for p in paths))
    seen.append(sum(len(p.parts) for p in paths))
    seen.append(sum(len(p.joinpath("foo").parts) for p in paths))
    seen.append(sum(len((p / "foo").parts) for p in paths))
    seen.append(sum(len(p.with_name("foo").name) for p in paths))
    seen.append(sum(len(p.with_suffix(".py").suffix) for p in paths))
    seen.append(sum(p.is_absolute() for p in paths))
    return seen


if __name__ == "__main__":
    tmp_path = setup(NUM_FILES)
    try:
        base_path = pathlib.Path(tmp_path)
        assert len(list(base_path.iterdir())) == NUM_FILES
        for _ in range(LOOPS):
            sizes = do_simple_operations(base_path)
        print("stat sizes:", sizes)
    finally:
        shutil.rmtree(tmp_path)
    print("removed:", not os.path.exists(tmp_path))

    paths = tuple(pathlib.PurePath(*([f"foo{i}.x.tar"] * (i % 12 + 1))) for i in range(NUM_FILES))
    for _ in range(LOOPS):
        seen = do_pure_operations(paths)
    print("pure:", seen)
    print(paths[5], paths[5].parent, paths[5].suffixes, paths[0])
