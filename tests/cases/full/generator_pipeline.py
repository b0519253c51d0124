# A generator pipeline over log lines: parsing, filtering, grouping and
# summarising lazily, with format specs for the report.
LOG = """\
2024-01-01 12:00:01 INFO  user=ann action=login ms=12
2024-01-01 12:00:05 WARN  user=bob action=login ms=340
2024-01-01 12:01:00 INFO  user=ann action=view ms=25
2024-01-01 12:02:13 ERROR user=cy action=pay ms=1200
2024-01-01 12:03:00 INFO  user=bob action=view ms=31
garbage line
2024-01-01 12:04:44 INFO  user=ann action=logout ms=5
"""


def lines(text):
    for line in text.splitlines():
        yield line


def parse(rows):
    for row in rows:
        parts = row.split()
        if len(parts) != 6:
            continue
        date, time, level, *fields = parts
        record = dict(f.split("=") for f in fields)
        record["level"] = level
        record["ms"] = int(record["ms"])
        yield record


def slow(records, threshold):
    return (r for r in records if r["ms"] >= threshold)


records = list(parse(lines(LOG)))
print(len(records), "records")
by_user = {}
for r in records:
    by_user.setdefault(r["user"], []).append(r["ms"])
for user, times in sorted(by_user.items()):
    print(f"{user:<5}{len(times):>3} calls {sum(times):>6} ms total {sum(times) / len(times):>8.1f} avg")
print([f"{r['user']}:{r['action']}" for r in slow(records, 100)])
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items(), key=lambda kv: (-kv[1], kv[0])))
