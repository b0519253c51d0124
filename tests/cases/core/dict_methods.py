# Dict methods and views, insertion order after deletes and re-insertion,
# and construction from pairs and comprehensions.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), d.keys(), d.values(), d.items())
print(d["a"], d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d, 1 in d)
print(d.pop("b"), d)
d["b"] = 20
print("re-inserted key goes last:", d)
d["a"] = 100
print("updated value keeps its place:", d)
print(d.setdefault("a", -1), d.setdefault("new", []), d)
d["new"].append("x")
print(d)
d.update({"c": 30, "d": 40})
d.update([("e", 5)])
d.update(f=6)
print(d)
print(d.popitem(), d.popitem(), d)
print(d.pop("missing", None), d.pop("a", 0))
e = d.copy()
e["extra"] = True
print(d, e, d == e, d == e.copy())
keys = d.keys()
d["late"] = 1
print("views are live:", keys, len(keys))
for k in d:
    print(" key", k, "->", d[k])
for k, v in d.items():
    print(" item", k, v)
print(list(d.values()))
print(dict([("x", 1), ("y", 2)]), dict(a=1, b=2), dict({"k": "v"}), dict(zip(["p", "q"], [1, 2])))
squares = {n: n * n for n in range(5)}
evens = {k: v for k, v in squares.items() if v % 2 == 0}
print(squares, evens)
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {} == {}, {"a": 1} != {"a": 1.0})
d.clear()
print(d, len(d), bool(d), keys)
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], nested)
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items()), max(counts.values()))
