# Iterators' __length_hint__ (after partial use, after the container changed,
# once exhausted), range/slice attributes and slice.indices, with CPython's
# errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


class SizedSeq(Seq):
    def __len__(self):
        return 3


it = iter([1, 2, 3])
next(it)
for f in [
    lambda: it.__length_hint__(), lambda: iter((1, 2)).__length_hint__(),
    lambda: iter(range(10)).__length_hint__(), lambda: iter(range(10, 0, -3)).__length_hint__(),
    lambda: iter(range(0)).__length_hint__(), lambda: iter({1: 2}).__length_hint__(),
    lambda: iter({1: 2}.values()).__length_hint__(), lambda: iter({1: 2}.items()).__length_hint__(),
    lambda: iter({1, 2}).__length_hint__(), lambda: iter("abc").__length_hint__(),
    lambda: iter("héllo").__length_hint__(), lambda: iter(b"abc").__length_hint__(),
    lambda: iter(bytearray(b"abc")).__length_hint__(), lambda: reversed([1, 2]).__length_hint__(),
    lambda: reversed((1, 2, 3)).__length_hint__(), lambda: reversed(range(5)).__length_hint__(),
    lambda: reversed("ab").__length_hint__(), lambda: iter(SizedSeq()).__length_hint__(),
    lambda: iter(Seq()).__length_hint__(), lambda: hasattr(enumerate([]), "__length_hint__"),
    lambda: hasattr(map(str, []), "__length_hint__"), lambda: hasattr((x for x in []), "__length_hint__"),
]:
    show(f)

l = [1, 2, 3]
it = iter(l)
next(it)
l.clear()
print("list cleared:", it.__length_hint__())
l = [1, 2, 3]
it = reversed(l)
next(it)
l.clear()
print("reversed cleared:", it.__length_hint__())
d = {1: 2, 3: 4}
it = iter(d)
next(it)
d[5] = 6
print("dict grew:", it.__length_hint__())
s = {1, 2}
it = iter(s)
s.add(3)
print("set grew:", it.__length_hint__())
it = iter([1])
print(list(it), it.__length_hint__())
s = iter("ab")
next(s)
print("str:", s.__length_hint__(), list(s), s.__length_hint__())

r = range(1, 10, 2)
print(r.start, r.stop, r.step, range(5).start, range(5).step, range(-3).stop)
s = slice(1, 10, 2)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop, slice("a", None).start)
for f in [
    lambda: s.indices(5), lambda: slice(None, None, -1).indices(5), lambda: slice(-100, 100, 3).indices(10),
    lambda: slice(10**30, -10**30, -1).indices(4), lambda: slice(None).indices(0), lambda: slice(0, 1, 0).indices(10),
    lambda: slice(0, 1).indices(-1), lambda: slice("a").indices(3), lambda: slice(1).indices("3"),
    lambda: slice(1).indices(), lambda: slice(True, 3).indices(True),
]:
    show(f)
