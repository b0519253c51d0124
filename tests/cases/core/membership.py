# The in and not in operators on str (substring), list, tuple, dict (keys),
# dict views, range, and nested containers; equality-based membership.
print("a" in "abc", "bc" in "abc", "ac" in "abc", "" in "", "A" in "abc")
print(1 in [1, 2], 3 in [1, 2], [1] in [[1], [2]], (1, 2) in [(1, 2)], 1.0 in [1], True in [1])
print(1 in (1, 2), "x" not in ("a", "b"), None in [None], None in [])
d = {"key": "value", 1: "one"}
print("key" in d, "value" in d, "value" in d.values(), 1 in d, 1.0 in d, ("key", "value") in d.items())
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), -1 in range(-5, 0))
nested = [[1, 2], [3, 4]]
print(3 in nested, [3, 4] in nested, 3 in nested[1], any([3 in row for row in nested]))
vowels = "aeiou"
print([c for c in "membership" if c in vowels], [c for c in "membership" if c not in vowels])
seen = []
for n in [3, 1, 3, 2, 1, 4]:
    if n not in seen:
        seen.append(n)
print(seen)
print(not 1 in [1], not (1 in [1]), 1 not in [1])
