# More dict features: fromkeys, merging with | and **, sorting items by
# value, comprehension with conditions, and dict views in set operations.
d = dict.fromkeys(["a", "b", "c"], 0)
print(d, dict.fromkeys("xy"))
e = {"b": 2, "d": 4}
print(d | e, {**d, **e}, e | d)
d |= {"a": 10}
print(d)
scores = {"ann": 88, "bob": 95, "cy": 72, "di": 95}
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in scores.items() if v >= 88}, max(scores, key=scores.get), min(scores.values()))
print(sorted(scores.keys() & {"ann", "zed"}), sorted(scores.keys() - {"ann"}), sorted(scores.keys() | {"zed"}))
grades = {name: ("A" if s >= 90 else "B" if s >= 80 else "C") for name, s in scores.items()}
print(grades)
inverted = {}
for name, grade in grades.items():
    inverted.setdefault(grade, []).append(name)
print(inverted, list(reversed(scores)), len(scores))
