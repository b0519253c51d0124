# type(): the class of a value, type names, comparing types, and type() of
# classes; repr of builtin types.
values = [1, 1.5, "s", True, None, [1], (1,), {"k": 1}, {1}, range(2), 2 ** 100]
for v in values:
    print(repr(v), type(v), type(v).__name__)
print(type(1) is int, type(True) is int, type(True) is bool, type(1) == type(2), type("a") is not str)
print(int, str, list, dict, type(int), type(type))


class Thing:
    pass


t = Thing()
print(type(t).__name__, type(t) is Thing, type(Thing).__name__, Thing.__name__)
print(type(print).__name__, type(len).__name__, type(lambda: 0).__name__)
print([type(x).__name__ for x in (0, 0.0, "", [], (), {}, set(), None)])
