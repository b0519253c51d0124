# random: CPython's exact sequences for int/str/bytes/float seeds, every distribution, Random instances and getstate/setstate.
import random
for s in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**100 + 7, 123456789, "hello", "", b"bytes", 3.5, -0.0, True]:
    random.seed(s)
    print(repr(s), [random.random() for _ in range(3)], random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(64))
    print(random.randrange(10), random.randrange(5, 100, 7), random.randrange(100, 0, -3), random.randint(1, 6), random.randint(-10**30, 10**30), random.randrange(2**70))
    l = list(range(20)); random.shuffle(l); print(l)
    print(random.choice('abcdef'), random.sample(range(100), 5), random.sample(range(10**6), 8), random.sample('abcdefghij', 10))
    print(random.choices('abc', k=5), random.choices(range(5), weights=[1, 2, 3, 4, 5], k=6), random.choices('xyz', cum_weights=[1, 1.5, 4], k=4))
    print(random.uniform(1, 2), random.triangular(), random.triangular(0, 10, 2), random.gauss(), random.gauss(5, 2), random.normalvariate(), random.expovariate(2))
    print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
    print(random.randbytes(5), random.sample([1, 2, 3, 4], 2, counts=[1, 0, 2, 3]))
r = random.Random(12345)
print([r.random() for _ in range(5)])
st = r.getstate()
a = [r.randint(0, 1000) for _ in range(10)]
r.setstate(st)
b = [r.randint(0, 1000) for _ in range(10)]
print(a == b, a, st[0], len(st[1]), st[1][-1], st[2])
r2 = random.Random()
r2.setstate(st)
print(r2.random() == random.Random(12345).random())
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.uniform(0, 10), m.randrange(100))
g = random.Random(99)
print(sum(g.random() for _ in range(100000)))
print(g.getrandbits(10000) % 10**20)
# Long sequences for many seeds, summarised as checksums of exact values.
import hashlib
for s in list(range(0, 60, 7)) + [2**64 - 1, 10**50, "seed-x"]:
    g = random.Random(s)
    vals = [g.random().hex() for _ in range(2000)] + [str(g.randrange(10**12)) for _ in range(500)] + [str(g.getrandbits(77)) for _ in range(200)]
    print(s, hashlib.md5(" ".join(vals).encode()).hexdigest())
