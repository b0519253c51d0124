# dict.pop without a default on a missing key.
# expect-error: line 5: KeyError: 'a'
d = {"a": 1}
print(d.pop("a"))
print(d.pop("a"))
