# Iterating dict views (taken straight from Vm::get_iter): keys, values and
# items, views of dicts changed between iterations, a dict changed during
# iteration, nested loops over one view and iter() of a view.
d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
print([k for k in d.keys()], [v for v in d.values()], list(d.items()))
items = d.items()
d["d"] = 4
print([k for k, _ in items], len(items))
del d["a"]
print(list(items), list(iter(d.values())))
try:
    for k in d.keys():
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
pairs = [(x, y) for x in d.keys() for y in d.keys() if x < y]
print(len(pairs))
it = iter(d.items())
print(next(it), type(it).__name__)
print(sorted(k for k in {}.keys()), list({}.items()))
