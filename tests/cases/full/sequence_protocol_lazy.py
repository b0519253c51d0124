# The old __getitem__ sequence protocol is lazy (an endless sequence can be
# consumed in part); a slice of a range is a range; __index__ objects index
# ranges; iter() rejects an __iter__ returning a non-iterator.


class Endless:
    def __init__(self):
        self.calls = 0

    def __getitem__(self, i):
        self.calls += 1
        if i >= 10**9:
            raise IndexError(i)
        return i * 2


e = Endless()
it = iter(e)
print([next(it) for _ in range(5)], e.calls)
it = iter(Endless())
print(type(it).__name__, next(it), next(it), next(it))
for x in Endless():
    if x > 6:
        break
print(x, 8 in Endless())


class Short:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return "abc"[i]


it = iter(Short())
print(list(it), list(it), list(Short()), sorted(Short(), reverse=True))

print(range(10)[1:3], range(0, 20, 3)[::-1], range(10)[-3:], range(5)[::2][1])
print(range(10)[5:2], range(0, 10, 3)[0:10], range(10)[::-2], list(range(10)[2:8:3]))
print(range(-5, 5)[3:], range(10)[100:], range(10)[:-100], len(range(0, 100, 7)[3:9]))
try:
    range(10)[::0]
except ValueError as err:
    print(err)


class Two:
    def __index__(self):
        return 2


print(range(10)[Two()], range(3, 30, 3)[Two()], [1, 2, 3][Two()])
try:
    range(3)["a"]
except TypeError as err:
    print(err)


class BadIter:
    def __iter__(self):
        return 5


class ListIter:
    def __iter__(self):
        return [1, 2]


for obj in (BadIter(), ListIter()):
    try:
        iter(obj)
    except TypeError as err:
        print(err)
try:
    for _ in BadIter():
        pass
except TypeError as err:
    print(err)
