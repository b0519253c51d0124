# zip of two iterables steps both without a vector per step; zip stops at
# the first exhausted iterator without advancing the later ones.

a = iter([1, 2, 3])
b = iter("xy")
print(list(zip(a, b)), list(a))
a = iter([1, 2])
b = iter("xyz")
print(list(zip(a, b)), list(b))
for i, (x, y) in enumerate(zip("ab", [10, 20, 30])):
    print(i, x, y)
print(list(zip()), list(zip([1])), list(zip([1, 2], [3, 4], [5, 6])), dict(zip("ab", range(2))))
z = zip([1, 2], [3, 4]); print(next(z), next(z), next(z, "done"))
