# random: Random.random, getrandbits and _randbelow are native methods (as
# CPython's C methods are): their results, argument errors, subclasses
# that replace them, and copies and pickles that carry the state.
import copy
import pickle
import random


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


r = random.Random(2026)
print([r.random() for _ in range(3)])
print([r.getrandbits(k) for k in (1, 8, 31, 32, 33, 64, 100)])
print([r._randbelow(n) for n in (1, 2, 7, 1000, 2**70)])
print(r.randrange(10**30), r.choice("abcdef"), r.randint(1, 6))

show("random(1)", lambda: r.random(1))
show("random(x=1)", lambda: r.random(x=1))
show("getrandbits()", lambda: r.getrandbits())
show("getrandbits(1, 2)", lambda: r.getrandbits(1, 2))
show("getrandbits(k=1)", lambda: r.getrandbits(k=1))
show("getrandbits(-1)", lambda: r.getrandbits(-1))
show("getrandbits(2.0)", lambda: r.getrandbits(2.0))
show("getrandbits(0)", lambda: r.getrandbits(0))
show("Random.random()", lambda: random.Random.random())
show("Random.random(5)", lambda: random.Random.random(5))
show("Random.getrandbits(r, 4)", lambda: random.Random.getrandbits(random.Random(1), 4))
print(type(random.random).__name__, random.random.__name__, type(random.Random.random).__name__)


class Half(random.Random):
    def random(self):
        return 0.5


class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 0


class Plain(random.Random):
    pass


print(Half(1).random(), Half(1).choice([10, 20, 30]), Half(1).uniform(0, 4))
print(Bits(1).randrange(100), Bits(1).getrandbits(2))
p = Plain(3)
print(p.random(), p.getrandbits(5), p._randbelow(50), Plain(3).random() == Plain(3).random())

a = random.Random(7)
a.random()
b = copy.copy(a)
c = copy.deepcopy(a)
d = pickle.loads(pickle.dumps(a))
print(a.random() == b.random() == c.random() == d.random())
print(type(b).__name__, b.getstate() == a.getstate())
state = a.getstate()
x = a.random()
a.setstate(state)
print(a.random() == x)
