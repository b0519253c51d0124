# Equality and hashing of instances: identity by default, __eq__ makes
# instances unhashable unless __hash__ is defined, and dict/set behaviour.
class Plain:
    pass


class ById:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return isinstance(other, ById) and self.key == other.key


class Keyed(ById):
    def __hash__(self):
        return hash(self.key)


p, q = Plain(), Plain()
print(p == p, p == q, p != q, len({p, q, p}))
print(ById(1) == ById(1), ById(1) == ById(2), ById(1) != ById(1), ById(1) == 1)
try:
    {ById(1)}
except TypeError as e:
    print("TypeError:", e)
print(len({Keyed(1), Keyed(1), Keyed(2)}), {Keyed("a"): 1}[Keyed("a")], Keyed(3) in [Keyed(3)])
print(ById.__hash__ is None, Keyed.__hash__ is None)
