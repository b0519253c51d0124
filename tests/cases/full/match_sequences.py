# match statement: sequence patterns ([...], (...), open `a, b`), star captures and
# wildcards, nesting, and which subjects count as sequences (not str/bytes/dict/set).

def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case [a, b, c]:
            return f"three ending in {c!r}"
        case [first, *middle, last]:
            return f"first {first!r}, middle {middle!r}, last {last!r}"
        case _:
            return f"not a sequence: {type(x).__name__}"


for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), range(5), list(range(6)), "ab", b"ab",
          "xyz", {"a": 1}, {1, 2}, frozenset([1]), 7, None]:
    print(repr(v), "->", shape(v))

# Star in every position, named and wildcard.
for v in [[1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5]]:
    match v:
        case [*init, last]:
            print("init", init, "last", last)
    match v:
        case [head, *_]:
            print("head", head)
    match v:
        case [_, *_, tail] if tail > 2:
            print("tail", tail)
    match v:
        case [*everything]:
            print("everything", everything, type(everything).__name__)

# Star captures are always lists, even from tuples and ranges.
match (1, 2, 3):
    case (a, *rest):
        print(a, rest, type(rest).__name__)
match range(10, 15):
    case [a, *rest, z]:
        print(a, rest, z)

# Open sequence patterns after `case`, and a tuple subject.
point = (3, 4)
match point:
    case 0, 0:
        print("origin")
    case x, 0:
        print("on x axis", x)
    case x, y:
        print("at", x, y)
match 1, [2, 3], {"k": 4}:
    case a, [b, c], {"k": d}:
        print("nested", a + b + c + d)

# Nested sequences with literals and captures.
def evaluate(expr):
    match expr:
        case ["+", left, right]:
            return evaluate(left) + evaluate(right)
        case ["*", left, right]:
            return evaluate(left) * evaluate(right)
        case ["-", operand]:
            return -evaluate(operand)
        case ["sum", *terms]:
            return sum(evaluate(t) for t in terms)
        case int() | float() as number:
            return number
        case _:
            raise ValueError(f"bad expression {expr!r}")

print(evaluate(["+", 1, ["*", 2, ["-", 3]]]))
print(evaluate(["sum", 1, 2, ["+", 3, 4], 5.5]))
try:
    evaluate(["/", 1, 2])
except ValueError as e:
    print("ValueError:", e)

# Group patterns are not tuples; (x,) is.
match 5:
    case (x):
        print("group binds", x)
match [5]:
    case (x,):
        print("one-tuple pattern matches a list", x)

# Wildcard-only sequences only check the length.
for v in [[], [1, 2], [1, 2, 3], "ab"]:
    match v:
        case [_, _]:
            print(repr(v), "has two items")
        case [_, _, *_]:
            print(repr(v), "has more than two")
        case _:
            print(repr(v), "no")

# A list subclass and a tuple subclass are sequences; str subclasses are not.
class MyList(list):
    pass

class MyStr(str):
    pass

match MyList([1, 2]):
    case [a, b]:
        print("MyList", a, b)
match MyStr("ab"):
    case [a, b]:
        print("wrong")
    case str(s):
        print("MyStr is not a sequence pattern subject:", s)

# An object with __getitem__ and __len__ but not registered as Sequence is not a sequence.
class Fake:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i

match Fake():
    case [a, b]:
        print("wrong")
    case _:
        print("Fake is not a sequence")

# Alternatives binding the same names in different orders.
for v in [(1, "a"), ("b", 2)]:
    match v:
        case (int(n), str(s)) | (str(s), int(n)):
            print("n", n, "s", s)
