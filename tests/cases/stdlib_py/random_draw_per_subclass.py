# The draw behind randrange/randint/choice/shuffle/sample: Random's own,
# or one built on a subclass's getrandbits() or random(), chosen when the
# subclass is made; fast paths for int arguments must give the same numbers.
import random


class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)


class Floats(random.Random):
    def random(self):
        return super().random()


class Own(random.Random):
    def _randbelow(self, n):
        return n - 1


class OwnChild(Own):
    def random(self):
        return 0.5


for cls in (random.Random, Bits, Floats, Own, OwnChild):
    r = cls(1234)
    print(cls.__name__, [r.randint(1, 6) for _ in range(8)], [r.randrange(10, 20) for _ in range(5)],
          r.randrange(100), r.randrange(0, 30, 3), r.randrange(10, 0, -2), r.choice("abcdefg"))
    data = list(range(12))
    r.shuffle(data)
    print("  ", data, r.randint(-5, -5))
    if cls in (random.Random, Bits):
        print("  ", r.sample(range(100), 5), r.randint(-(2**70), 2**70))
r = random.Random(7)
print(r.randint(True, 3), r.randrange(2, 9, 1), r.randrange(5, 10**30))
for args in [(5, 5), (3, 1), (0,), (1, 2, 0), (10, 1, 3)]:
    try:
        print(r.randrange(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for a, b in [(3, 2), (1.0, 2), ("a", 2)]:
    try:
        print(r.randint(a, b))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(random.randint(1, 10) in range(1, 11), random.choice([7]))
