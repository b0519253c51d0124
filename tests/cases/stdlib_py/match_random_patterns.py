# match statement, differential: 400 random match statements (nested sequence, mapping,
# class, OR and AS patterns, captures, guards) compiled with exec and run on 26 subjects;
# prints which case matched and what it bound, or the error.
import random
random.seed(11)

class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __repr__(self):
        return f"P({self.a!r}, {self.b!r})"

class Q(P):
    __match_args__ = ("b",)

names = ["a", "b", "c", "d", "e"]

def lit():
    return random.choice(["0", "1", "-1", "2.5", "'s'", "'t'", "None", "True", "False", "b'x'"])

def pat(depth, used):
    r = random.random()
    if depth > 2 or r < 0.25:
        k = random.random()
        if k < 0.4:
            return lit()
        if k < 0.6:
            return "_"
        free = [n for n in names if n not in used]
        if free:
            n = random.choice(free); used.add(n); return n
        return "_"
    if r < 0.45:
        items = [pat(depth + 1, used) for _ in range(random.randint(0, 3))]
        if random.random() < 0.4:
            free = [n for n in names if n not in used]
            star = "*" + (free[0] if free else "_")
            if free: used.add(free[0])
            items.insert(random.randint(0, len(items)), star)
        return "[" + ", ".join(items) + "]" if random.random() < 0.5 else "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if r < 0.6:
        keys = random.sample(["'k'", "1", "None", "'z'"], random.randint(0, 2))
        items = [f"{k}: {pat(depth + 1, used)}" for k in keys]
        if random.random() < 0.3:
            free = [n for n in names if n not in used]
            if free:
                used.add(free[0]); items.append("**" + free[0])
        return "{" + ", ".join(items) + "}"
    if r < 0.75:
        cls = random.choice(["P", "Q", "int", "str", "list", "tuple", "dict"])
        n = {"P": 2, "Q": 1}.get(cls, 1)
        args = [pat(depth + 1, used) for _ in range(random.randint(0, n))]
        if cls in ("P", "Q") and random.random() < 0.5:
            attr = "b" if not args or cls == "P" and len(args) < 2 else None
            if attr and not (cls == "Q" and args):
                args.append(f"{attr}={pat(depth + 1, used)}")
        return f"{cls}(" + ", ".join(args) + ")"
    if r < 0.9:
        before = set(used)
        first = pat(depth + 1, used)
        bound = used - before
        # second alternative must bind the same names: use literals + same names
        alts = [first]
        for _ in range(random.randint(1, 2)):
            if bound:
                alts.append("[" + ", ".join(sorted(bound)) + "]")
            else:
                alts.append(lit())
        return "(" + " | ".join(alts) + ")"
    free = [n for n in names if n not in used]
    inner = pat(depth + 1, used)
    if free and free[0] not in used:
        used.add(free[0])
        return f"({inner} as {free[0]})"
    return inner

subjects = [0, 1, -1, 2.5, "s", "t", None, True, False, b"x", [], [1], [1, 2], (1, "s"), [None, [1, 2]],
            {"k": 1}, {"k": [1], 1: "s"}, {None: 0, "z": "t", "k": None}, P(1, 2), Q([1], "s"), P(P(0, 1), {"k": 1}),
            "st", (1, 2, 3), range(3), {1, 2}, [[0], ("s",)]]

out = []
for i in range(400):
    cases = []
    for j in range(4):
        used = set()
        p = pat(0, used)
        guard = " if a" if "a" in used and random.random() < 0.3 else ""
        cases.append((p, sorted(used), guard))
    src = "def f(x):\n    match x:\n"
    for j, (p, used, guard) in enumerate(cases):
        src += f"        case {p}{guard}:\n            return ({j}, {{{', '.join(repr(n) + ': ' + n for n in used)}}})\n"
    src += "    return None\n"
    ns = {"P": P, "Q": Q, "__name__": "m"}
    try:
        exec(src, ns)
    except SyntaxError as e:
        print(i, "SyntaxError", e.msg)
        continue
    for s in subjects:
        try:
            r = ns["f"](s)
        except Exception as e:
            r = (type(e).__name__, str(e))
        print(i, repr(s), r)
