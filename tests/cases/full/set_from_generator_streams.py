# set(iterable) and frozenset(iterable) add the items as they come: an
# unhashable item stops the iteration there, so a generator is left
# suspended just after it (CPython's set_update_internal).
def gen(log):
    yield 1
    yield 2
    log.append("before unhashable")
    yield [3]
    log.append("after unhashable")
    yield 4


for make in (set, frozenset):
    log = []
    g = gen(log)
    try:
        make(g)
    except TypeError as e:
        print(make.__name__, "TypeError:", e)
    print(log)
    print(list(g), log)

# The set algebra takes any iterable the same way.
s = {1, 2}
log = []
g = gen(log)
try:
    s.union(g)
except TypeError as e:
    print("union TypeError:", e)
print(log, sorted(s))
print(list(g))

# set.update and {*g} add the items before the unhashable one.
for label in ("update", "display"):
    log = []
    g = gen(log)
    s = {0}
    try:
        if label == "update":
            s.update(g)
        else:
            s = {0, *g}
    except TypeError as e:
        print(label, "TypeError:", e)
    print(label, sorted(s), log, list(g))
s = {5}
s.update(x for x in (3, 5, 1)), s.update([9, 3], iter([7]), {8: 0})
print(s)

# Order and contents as CPython builds them, from several kinds of iterable.
print(set(x * 7 % 11 for x in range(20)))
print(frozenset(iter([5, 3, 5, 1, 3])))
print(set(map(str, range(5))) == {"0", "1", "2", "3", "4"})
print(sorted(set("hello world")))
print(set(range(10, 0, -3)), set((3, 1, 3)), set([2, 2, 9]))
print({1, 2}.issubset(x for x in range(5)), {1, 7}.isdisjoint(iter([2, 3])))
print(set(d for d in {10: "a", 20: "b"}), set({5: 1}.items()))


class Items:
    def __iter__(self):
        return iter([3, 1, 2, 3])


print(set(Items()), {9} | set(Items()))
try:
    set(5)
except TypeError as e:
    print("TypeError:", e)
