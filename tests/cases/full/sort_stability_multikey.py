# Sorting with keys: stability lets two passes sort by several keys, tuple
# keys do it in one pass, reverse keeps stability, and keys are computed once.
people = [("ann", "dev", 31), ("bob", "ops", 25), ("cy", "dev", 25), ("di", "ops", 31), ("ed", "dev", 40)]
by_age = sorted(people, key=lambda p: p[2])
by_team_then_age = sorted(by_age, key=lambda p: p[1])
print(by_team_then_age)
print(sorted(people, key=lambda p: (p[1], p[2])))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))
calls = []


def key(p):
    calls.append(p[0])
    return p[0]


sorted(people, key=key)
print(len(calls), "key calls for", len(people), "items")
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted([-3, 2, -1, 4], key=lambda x: x * x), min([(1, "b"), (1, "a")]), max("abc", key=ord))
