# Set comparisons decide by size first and walk one direction only, as
# CPython's set_richcompare does; keys with their own __eq__ are still
# compared in Python.
calls = []


class Key:
    def __init__(self, n, tag):
        self.n = n
        self.tag = tag

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        calls.append((self.tag, getattr(other, "tag", other)))
        return isinstance(other, Key) and self.n == other.n


def show(label, result):
    print(label, result, "eq calls:", len(calls))
    calls.clear()


small = {1, 2, 3}
big = {1, 2, 3, 4, 5}
same = {3, 2, 1}
other = {1, 2, 9}
for a, b in [(small, big), (big, small), (small, same), (small, other), (set(), small), (small, set())]:
    print(sorted(a), sorted(b), a == b, a != b, a <= b, a < b, a >= b, a > b)

fs = frozenset(range(40))
print(frozenset({3, 5}) <= fs, frozenset({3, 50}) <= fs, fs >= {39}, fs > fs, fs == set(range(40)))

a1, a2, b1, b2 = Key(1, "a1"), Key(2, "a2"), Key(1, "b1"), Key(2, "b2")
x = {a1, a2}
y = {b1, b2}
show("x == y", x == y)
show("x <= y", x <= y)
show("x < y", x < y)
show("x >= {b1}", x >= {b1})
show("x > {b1}", x > {b1})
show("x == {b1}", x == {b1})
show("{a1} <= y", {a1} <= y)
show("{Key(4, 'c')} <= y", {Key(4, "c")} <= y)
show("x != y", x != y)
