# The iterator protocol: __iter__ and __next__ on a class, iter()/next()
# with a default, StopIteration ending for loops, and iterators being
# exhausted after one pass.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


print(list(Countdown(5)))
c = Countdown(2)
for n in c:
    print("tick", n)
print("second pass:", list(c))


class Repeat:
    def __init__(self, value, times):
        self.value = value
        self.times = times

    def __iter__(self):
        for _ in range(self.times):
            yield self.value


r = Repeat("ab", 3)
print(list(r), list(r), "".join(r), len(list(r)))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
letters = iter("xyz")
print(next(letters), list(letters))
print(sum(Countdown(100)), max(Countdown(7)), sorted(Countdown(4)), 3 in Countdown(5))
pairs = iter([(1, 2), (3, 4)])
for a, b in pairs:
    print(a + b)
