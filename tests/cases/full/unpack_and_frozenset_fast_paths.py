# Unpacking a list of the right length copies its items straight onto the
# stack, and set algebra reads a frozenset's table in place: subclasses
# that override __iter__, wrong lengths and in-place operators still
# behave as in CPython.

class L(list):
    def __iter__(self):
        yield "x"
        yield "y"
class T(tuple):
    def __iter__(self):
        return iter(("p", "q"))
a, b = L([1, 2]); print(a, b)
a, b = T((1, 2)); print(a, b)
a, b = [3, 4]; print(a, b)
for bad in ([1], [1, 2, 3], L([1, 2, 3])):
    try:
        a, b = bad
        print("ok", a, b)
    except ValueError as e:
        print(e)
fs = frozenset([1, 2, 3])
print(fs <= frozenset([1, 2, 3, 4]), fs - {1}, fs & frozenset([2, 9]), fs | {7}, fs ^ frozenset([1, 8]))
print(fs.issubset(range(5)), fs.isdisjoint(frozenset([9])), fs.union(fs), fs.intersection(frozenset([3])), fs.difference(fs))
s = {1, 2}; s ^= fs; print(s); s.symmetric_difference_update(fs); print(s)
s = {5}; s |= fs; print(sorted(s))
