# Benchmark: pyperformance's "tomllib_loads": tomllib.loads of a large document. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_tomllib_loads/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; the original authors, where known, are credited below).
# The pyperf.Runner harness is replaced by a fixed number of calls, and
# the program prints a deterministic result so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.
#
# The original parses a data file made from GitHub's list of CPython pull
# requests (`toml.dumps({"data": pulls})`); this version builds a document
# of the same shape in memory (an array of tables of records with nested
# tables, escaped strings, date-times, numbers, booleans and arrays), so
# the program needs no data file.

import random
import sys

import tomllib

SMALL = sys.argv[1:] == ["small"]
RECORDS = 40 if SMALL else 600
LOOPS = 2 if SMALL else 5


def quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def make_document(rng):
    words = ["gh", "bpo", "fix", "docs", "asyncio", "typing", "C API", "tests", "\u00e9t\u00e9", "build",
             "quote\"d", "back\\slash", "tab\there", "line\nbreak"]
    lines = []
    for number in range(RECORDS):
        lines.append("[[data]]")
        lines.append(f"url = {quote('https://api.github.com/repos/python/cpython/pulls/%d' % (100000 + number))}")
        lines.append(f"id = {rng.randrange(10**9, 10**10)}")
        lines.append(f"number = {100000 + number}")
        lines.append(f"state = {quote(rng.choice(['open', 'closed']))}")
        lines.append(f"locked = {rng.choice(['true', 'false'])}")
        lines.append(f"title = {quote(' '.join(rng.choice(words) for _ in range(rng.randrange(3, 9))))}")
        lines.append("body = " + quote("\n".join(" ".join(rng.choice(words) for _ in range(8)) for _ in range(4))))
        lines.append(f"created_at = 20{rng.randrange(10, 24)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 10)}"
                     f"T{rng.randrange(10, 24)}:{rng.randrange(10, 60)}:{rng.randrange(10, 60)}Z")
        lines.append(f"score = {rng.random() * 100:.6f}")
        lines.append("labels_ids = [" + ", ".join(str(rng.randrange(1000)) for _ in range(rng.randrange(0, 5))) + "]")
        lines.append("")
        lines.append("[data.user]")
        lines.append(f"login = {quote('user%d' % rng.randrange(5000))}")
        lines.append(f"id = {rng.randrange(10**6)}")
        lines.append(f"site_admin = false")
        lines.append("type = 'User'")
        lines.append("")
        for _ in range(rng.randrange(0, 3)):
            lines.append("[[data.labels]]")
            lines.append(f"name = {quote(rng.choice(words))}")
            lines.append(f"color = \"{rng.randrange(16**6):06x}\"")
            lines.append(f"default = {rng.choice(['true', 'false'])}")
            lines.append("")
        lines.append("[data.head]")
        lines.append(f"ref = {quote('branch-%d' % number)}")
        lines.append(f"repo = {{ full_name = \"python/cpython\", fork = false, size = {rng.randrange(10**6)} }}")
        lines.append("")
    return "\n".join(lines)


def bench_tomllib_loads(loops, data):
    for _ in range(loops):
        result = tomllib.loads(data)
    return result


if __name__ == "__main__":
    document = make_document(random.Random(20261206))
    parsed = bench_tomllib_loads(LOOPS, document)
    records = parsed["data"]
    print(len(document), len(records))
    for record in records[:3] + records[-2:]:
        print(record["number"], record["state"], record["locked"], repr(record["title"]), record["created_at"],
              record["user"]["login"], [label["name"] for label in record.get("labels", [])], record["head"]["repo"])
    print(sum(len(r["body"]) for r in records), sum(r["score"] for r in records))
