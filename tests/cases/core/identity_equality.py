# is versus ==: None, True/False, aliasing of lists and dicts, copies that
# are equal but not identical, and `is not`.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b, a is b, a == c, a is c, a is not c, a != c)
b.append(4)
print(a, c, a == c)
d1 = {"k": [1]}
d2 = d1
d3 = {"k": [1]}
print(d1 is d2, d1 == d3, d1 is d3)
d3["k"].append(2)
print(d1 == d3, d1, d3)
x = None
print(x is None, x is not None, x == None, None is None)
print(True is True, False is False, (1 == 1) is True, bool([]) is False, not [] is True)
t = (1, 2)
u = t
print(t is u, t == (1, 2))
inner = [0]
outer = [inner, inner]
outer[0].append(1)
print(outer, outer[0] is outer[1])
copy = a[:]
print(copy == a, copy is a, list(a) is a, a.copy() is a)
s = "hello"
r = s
print(s is r, s == "hel" + "lo")


def same(p, q):
    return p is q


print(same(a, b), same(a, c), same(None, None), same(same, same))
