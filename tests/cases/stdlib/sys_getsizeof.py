# sys.getsizeof: CPython's sizes for atoms, strings, bytes, tuples, lists
# built at their length, dicts and sets grown by insertion, generators,
# instances, and a class's own __sizeof__.
import sys


def gen():
    yield 1


def gen_locals(a, b):
    c = a + b
    yield c


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class Sized:
    def __sizeof__(self):
        return 100


print([sys.getsizeof(v) for v in (0, 1, -1, 2**30, 2**60, 10**100, True, False, 1.5, None, 2j)])
print([sys.getsizeof(s) for s in ("", "abc", "é", "€", "😀", "a" * 100)])
print([sys.getsizeof(b) for b in (b"", b"abc", bytearray(), bytearray(100))])
print([sys.getsizeof(t) for t in ((), (1, 2), tuple(range(50)))])
print([sys.getsizeof(x) for x in ([], list(range(1000)), sorted(range(10)))])
print([sys.getsizeof(d) for d in ({}, {1: 2}, {"a": 1}, {i: i for i in range(6)}, {str(i): i for i in range(30)})])
print([sys.getsizeof(s) for s in (set(), {1, 2, 3}, set(range(100)), frozenset())])
print(sys.getsizeof(range(10)), sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(Sized()))
print(sys.getsizeof(list(range(10**6))) > 1000 * sys.getsizeof(x for x in range(10**6)))
print(sys.getsizeof(gen()) <= sys.getsizeof(gen_locals(1, 2)))
print([sys.getsizeof(x) for x in ([i for i in range(1000)], [i for i in range(7)], [None] * 10)])
grown = []
for i in range(100):
    grown.append(i)
print(sys.getsizeof(grown))
