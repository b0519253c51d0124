# for-loops over dict keys and values (and sets) take their next item in
# line; changes during iteration still raise CPython's RuntimeErrors.

d = {i: str(i) for i in range(5)}
print([k for k in d], [v for v in d.values()], [kv for kv in d.items()])
for k in d:
    pass
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e, d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
for x in frozenset([3, 1]):
    print(x, end=" ")
print()
it = iter({"a": 1})
print(next(it), next(it, "end"), list(it))
d = {"x": 1, "y": 2}
it = iter(d.values())
d["z"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it)
except RuntimeError as e:
    print("again:", e)
