# match statement: mapping patterns: literal and dotted keys, extra keys ignored,
# **rest, nested values, get() semantics (no __missing__), which subjects are mappings.

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty or untyped mapping"
        case _:
            return "not a mapping"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1},
          {"type": "key", "key": "a"}, {"type": "key", "key": "b", "shift": True, "alt": False},
          {"type": "key", "key": 5}, {"type": "scroll"}, {}, {"x": 1}, [("type", "click")],
          "type", None]:
    print(handle(e))

# **rest is a fresh dict without the matched keys; the subject is unchanged.
config = {"host": "h", "port": 80, "debug": True}
match config:
    case {"host": host, **rest}:
        print(host, rest, config)
        rest["new"] = 1
        print(config)
match {}:
    case {**rest}:
        print("empty rest", rest)

# Number keys compare by value: 1, 1.0 and True are the same key.
match {1: "one", 2.5: "x"}:
    case {1.0: a, 2.5: b}:
        print("float key found int key", a, b)
match {True: "t"}:
    case {1: v}:
        print("1 finds True", v)

# None, True and tuple-free literal keys, negative numbers.
match {None: 0, -1: "neg", "s": [1, 2]}:
    case {None: zero, -1: neg, "s": [_, second]}:
        print(zero, neg, second)

# Dotted keys are looked up at match time.
class Keys:
    NAME = "name"
    AGE = "age"

match {"name": "Ann", "age": 31}:
    case {Keys.NAME: name, Keys.AGE: age} if age > 30:
        print(name, "is over 30")

# get() is used: a defaultdict-like __missing__ is never called.
class Missing(dict):
    def __missing__(self, key):
        print("missing called for", key)
        return 0

m = Missing(a=1)
match m:
    case {"b": b}:
        print("wrong", b)
    case {"a": a}:
        print("dict subclass is a mapping; a =", a)
print(m["zzz"])

# A dict subclass that overrides get() has it called.
class Loud(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

match Loud(x=1, y=2):
    case {"x": 1, "y": y}:
        print("y =", y)

# Values may be None: that still counts as present.
match {"k": None}:
    case {"k": None}:
        print("present None matched")
match {"k": None}:
    case {"k": v}:
        print("captured", v)

# Nested mappings and sequences.
doc = {"user": {"name": "Bo", "roles": ["admin", "dev"]}, "id": 9}
match doc:
    case {"user": {"name": str(name), "roles": [*_, "dev"]}, "id": int(uid)}:
        print(name, "is a dev with id", uid)

# Lists, strings and sets are not mappings.
for v in [[1], "ab", {1}, (("a", 1),)]:
    match v:
        case {}:
            print("wrong")
        case _:
            print(type(v).__name__, "is not a mapping")
