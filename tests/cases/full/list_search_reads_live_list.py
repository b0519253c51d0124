# `in`, list.index/count/remove read a list one item at a time (an __eq__
# that changes the list is seen by the rest of the search, as in CPython),
# lists compare item by item the same way, and tuples compare in place.

class Shrink:
    def __init__(self, l):
        self.l = l
    def __eq__(self, other):
        if self.l:
            self.l.pop()
        return False
l = [1, 2, 3, 4, 5]
print(Shrink(l) in l, l)
l = [1, 2, 3, 4, 5, 6]
print(l.count(Shrink(l)), l)
l = [1, 2, 3, 4, 5, 6]
try:
    l.index(Shrink(l))
except ValueError as e:
    print("ValueError", type(e).__name__, l)
l = [1, 2, 3, 4, 5, 6]
try:
    l.remove(Shrink(l))
except ValueError as e:
    print("ValueError", type(e).__name__, l)
class Eq:
    def __eq__(self, o):
        return o == 3
l = [1, 2, 3, 4, 3]
print(Eq() in l, l.count(Eq()), l.index(Eq()), l.index(Eq(), 3), (1, Eq()) == (1, 3), (1, 2) < (1, 3), (1, [2]) == (1, [2]))
print(3 in (1, 2, 3), Eq() in (1, 2, 3), (1, 2, 3).index(3), (1, 3, 3).count(3))
l.remove(Eq()); print(l)
t = ((1, 2), (1, 2, 0), (0, 9))
print(sorted(t), max(t), (1, 2) in t, [1, 2] in [[1, 2]])
n = float("nan"); print(n in [n], n in (n,), [n].count(n))
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] != [1, 0], [2] > [1, 9], [[1]] == [[1]], [1, 2] <= [1, 2], [3] >= [3, 0])
class Grow:
    def __init__(self, l):
        self.l = l
    def __eq__(self, other):
        self.l.append(0)
        return True
a = [1, 2]
b = [Grow(a), 2]
print(b == a, len(a))
a = [1]; b = [Grow(a)]
print(b < a, a, len(a))
x = [1, 2, 3]; print(x == x, x < x, x <= x)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(e)
