# Adding a key while iterating over a dict is a RuntimeError.
# expect-error: line 5: RuntimeError: dictionary changed size during iteration
counts = {"a": 1, "b": 2}
del counts["a"]
for key in counts:
    counts[key + "!"] = 0
