# gc.get_objects / get_referrers / get_referents / is_tracked: what a
# learner uses to find who keeps an object alive.
import gc


class Leaky:
    pass


def count_leaky():
    return sum(1 for o in gc.get_objects() if isinstance(o, Leaky))


keep = [Leaky() for _ in range(5)]
print("tracked instances", count_leaky())
del keep[:2]
print("after del", count_leaky())

target = Leaky()
holder = {"t": target}
box = [target]
refs = gc.get_referrers(target)
print("holder refers", any(r is holder for r in refs))
print("box refers", any(r is box for r in refs))
print(sorted(type(r).__name__ for r in refs if r is holder or r is box))

pair = [1, "two", target]
print([type(x).__name__ for x in gc.get_referents(pair) if x is target])
print(target in gc.get_referents(pair))
print(gc.get_referents(1, "s"))

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Leaky()))
for bad in ["x", -1, 3]:
    try:
        gc.get_objects(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
