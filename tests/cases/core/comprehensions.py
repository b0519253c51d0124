# List and dict comprehensions: nested for clauses, multiple ifs, nested
# comprehensions, tuple targets, and loop variables not leaking.
print([n * n for n in range(8)])
print([n for n in range(30) if n % 3 == 0 if n % 2 == 0])
print([(a, b) for a in range(3) for b in range(a)])
print([(a, b) for a in range(4) if a % 2 == 1 for b in "xy" if b != "z"])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2 == 1])
print({word: len(word) for word in "the quick brown fox".split()})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({i % 3: i for i in range(10)})
print([c.upper() for c in "hello" if c not in "aeiou"])
print([(i, ch) for i, ch in enumerate("abc")])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([str(n) for n in [1, 2.5, None, True]])
print(sum([x * x for x in range(101)]), len([None for _ in range(7)]))
print([[] for _ in range(3)], [[0] * 2 for _ in range(2)])
n = 100
squares = [n * n for n in range(3)]
print(squares, n)
x = "outer"
print([x for x in "ab"], x)
offset = 10
print([v + offset for v in range(3)])


def primes_below(limit):
    return [p for p in range(2, limit) if all([p % d != 0 for d in range(2, p)])]


print(primes_below(50))
words = ["apple", "banana", "cherry"]
print({w[0]: [w2 for w2 in words if w2[0] == w[0]] for w in words})
print([[y for y in range(x)] for x in range(4)])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
