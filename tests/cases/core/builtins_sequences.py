# Sequence builtins: len, range, sorted, reversed, enumerate, zip, any, all,
# list, tuple, dict, str, and isinstance with single types and tuples.
print(len([]), len("abc"), len((1, 2)), len({"a": 1}), len(range(10)), len(range(3, 0, -1)), len([[1, 2, 3]]))
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 3)), list(range(3, -4, -2)), list(range(0, 0)), list(range(-3)))
r = range(2, 20, 4)
print(r, r[0], r[-1], len(r), 10 in r, 11 in r, list(reversed(r)))
print(sorted([5, 2, 9, 1]), sorted("hello"), sorted((3.5, -1, 2)), sorted({"b": 0, "a": 1}), sorted([]), sorted(["b", "A", "a", "B"]))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))), list(reversed([])))
print(list(enumerate("xyz")), list(enumerate(["a", "b"], 1)), list(enumerate([], 5)), list(enumerate("ab", -1)))
print(list(zip([1, 2], ["a", "b"])), list(zip("abc", range(10))), list(zip([1], [2], [3], [4])), list(zip([], [1])), list(zip("ab")))
print(any([]), all([]), any([0, 0.0, "", None]), any([0, "x"]), all([1, "x", [0]]), all([1, []]), any("abc"), all(""))
print(list("ab"), list(("a", "b")), list({"k": 1}), list(range(2)), tuple("ab"), tuple([1]), str(["a"]), str(("a",)))
print(dict([(1, 2), (3, 4)]), dict(zip("ab", "xy")), dict(one=1, two=2), dict([("k", 1)], extra=2), dict())
print(isinstance(1, int), isinstance(1.0, float), isinstance("", str), isinstance(True, bool), isinstance(True, int))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, int), isinstance(1, (str, int)), isinstance(1.0, (int, str)))
print(isinstance(2 ** 100, int), isinstance(range(3), range), isinstance("x", (list, tuple)), isinstance(1, float))
it_counts = {}
for i, word in enumerate("a b a c b a".split()):
    it_counts[word] = it_counts.get(word, []) + [i]
print(it_counts)
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print(dict(zip(names, ages)), [n + "=" + str(a) for n, a in zip(names, ages)], sorted(zip(ages, names)))
