# match statement: literal, singleton, capture, wildcard, OR, AS patterns and guards;
# `match` and `case` stay usable as ordinary names (soft keywords).

def describe(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.25:
            return "negative float"
        case 10 | 20 | 30:
            return "round"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case "con" "cat":
            return "concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case n if isinstance(n, int) and n > 100:
            return f"big int {n}"
        case other:
            return f"something else: {other!r}"


for v in [0, -1, 1.5, -2.25, 10, 20, 30, "hello", "hi", b"bytes", "concat", None, True, False,
          1, 0.0, 1.0, 500, "x", [1], 2.0]:
    print(repr(v), "->", describe(v))

# True matches `is True`, but 1 == True so `case 1:` catches True.
match True:
    case 1:
        print("True == 1 matched the literal 1")

# Wildcard and capture bind (or not) in the enclosing scope.
match 42:
    case _:
        print("wildcard matched")
match 42:
    case answer:
        print("captured", answer)
print("answer after match:", answer)

# AS patterns bind the whole subject after the sub-pattern matched.
for v in [3, 4, "x"]:
    match v:
        case (1 | 2 | 3) as small:
            print("small", small)
        case int() as num:
            print("int", num)
        case str() as s:
            print("str", s)


# Guards see the captures, and a failing guard moves on to the next case.
def sign(n):
    match n:
        case x if x < 0:
            return "negative"
        case x if x == 0:
            return "zero"
        case x:
            return "positive"


print([sign(n) for n in (-5, 0, 7)])

# A guard with side effects runs only when the pattern matched.
calls = []
def check(tag, result):
    calls.append(tag)
    return result

match 5:
    case 1 if check("a", True):
        pass
    case 5 if check("b", False):
        print("not here")
    case 5 if check("c", True):
        print("third case")
print(calls)

# No case matches: nothing happens and nothing is bound.
match "nothing":
    case 1:
        print("no")
    case [never_bound]:
        print("no")
print("never_bound" in globals())

# Captures of a case whose guard failed stay bound (as in CPython).
match 7:
    case seven if seven > 10:
        pass
    case _:
        print("guard failed, seven =", seven)

# The soft keywords as names.
match = {"match": 1}
case = [1, 2]
print(match["match"], case[0])
match["case"] = case
print(match)
def match_(match, case=None):
    return (match, case)
print(match_(case=3, match=4))
class Case:
    match = "attr"
    def case(self):
        return self.match
print(Case().case(), Case.match)
match (case):
    case [1, x]:
        print("subject named case:", x)
match(1)if False else print("call-looking line is a statement")
