# Changing a dict or set while iterating over it: size changes raise
# RuntimeError (and keep raising), same-size key swaps are caught by the
# dict iterator, a finished iterator stays finished, and sets behave under
# heavy remove/discard/pop churn.


def attempt(label, body):
    try:
        body()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


d = {1: "a", 2: "b", 3: "c"}


def add_while_iterating():
    for k in d:
        d[k + 10] = "new"


def delete_while_iterating():
    for k in d:
        del d[k]


def pop_while_iterating():
    for k, v in d.items():
        d.pop(k)


def popitem_while_iterating():
    for v in d.values():
        d.popitem()


def update_existing_while_iterating():
    for k in d:
        d[k] = str(d[k]) + "!"


attempt("add", add_while_iterating)
print(d)
attempt("del", delete_while_iterating)
print(d)
attempt("pop", pop_while_iterating)
print(d)
attempt("popitem", popitem_while_iterating)
print(d)
attempt("update existing", update_existing_while_iterating)
print(d)

# Swapping one key for another keeps the size; CPython's iterator notices
# when more keys turn up than there were.
one = {0: 0}


def swap_single():
    for k in one:
        del one[k]
        one[k + 10] = k


attempt("swap single", swap_single)
print(one)

# The error is sticky: the same iterator keeps failing.
s = {1: 1, 2: 2}
it = iter(s)
print(next(it))
s[3] = 3
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("again:", e)

# An exhausted iterator stays exhausted even if the dict grows.
g = {1: 1}
it = iter(g)
print(list(it))
g[2] = 2
print(list(it), list(g))

# Deleting after the loop, or over a snapshot, is fine.
m = {i: i * i for i in range(10)}
for k in list(m):
    if k % 3:
        del m[k]
print(m)

# Sets: size changes during iteration.
st = {1, 2, 3}


def set_add():
    for x in st:
        st.add(x + 100)


def set_discard():
    for x in st:
        st.discard(x)


attempt("set add", set_add)
print(sorted(st))
attempt("set discard", set_discard)
print(sorted(st))

# Set churn: remove/discard/pop many elements, then compare.
big = set(range(2000))
for i in range(0, 2000, 2):
    big.remove(i)
for i in range(1, 2000, 4):
    big.discard(i)
big.discard(-1)
print(len(big), sorted(big)[:5], sorted(big)[-3:])
keep = set(big)
popped = []
while big:
    popped.append(big.pop())
print(len(popped), len(big), sorted(popped)[:3], sum(popped), set(popped) == keep)
big = set(range(1963, 2000, 4))
print(big == set(sorted(big)), big == {3}, set(range(5)) == {4, 3, 2, 1, 0})
for i in range(2000):
    big.add(i % 7)
    big.discard(i % 7)
print(sorted(big), len(big))
try:
    big.remove(0)
except KeyError as e:
    print("KeyError", e)
drain = {5, 6, 7}
total = 0
while drain:
    total += drain.pop()
print(total, drain, len(drain))
try:
    drain.pop()
except KeyError as e:
    print("KeyError", e)

# In-place operators on sets with holes.
a = set(range(20))
for i in range(0, 20, 3):
    a.discard(i)
a |= {100, 1}
a -= {2, 4, 100}
a ^= {5, 200}
a &= set(range(0, 300, 1))
print(sorted(a), len(a))
b = set(range(10))
b.difference_update({1, 2}, [3])
b.symmetric_difference_update({0, 50})
b.intersection_update(range(60))
print(sorted(b), b == {4, 5, 6, 7, 8, 9, 50}, frozenset(b) == b)
