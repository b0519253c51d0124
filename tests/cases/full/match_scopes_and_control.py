# match statement scoping: captures in functions (fast locals), closures (cells),
# class bodies, module globals, `global` declarations, generators, walrus in guards.

def make_getters(pairs):
    getters = []
    for p in pairs:
        match p:
            case (key, value):
                getters.append(lambda key=key: (key, value))
    return getters

print([g() for g in make_getters([("a", 1), ("b", 2)])])


def closure(v):
    match v:
        case [x, *rest]:
            def inner():
                return x, rest
            return inner()
    return None

print(closure([1, 2, 3]), closure([]))

class Config:
    raw = {"name": "svc", "port": 8080}
    match raw:
        case {"name": str(name), "port": int(port)}:
            address = f"{name}:{port}"
print(Config.address, Config.name, Config.port)

counter = 0
def bump(cmd):
    global counter
    match cmd:
        case ("add", counter):
            pass
    return counter

print(bump(("add", 5)), counter)

def gen(items):
    for item in items:
        match item:
            case int(n) if (doubled := n * 2) > 4:
                yield doubled
            case str(s):
                yield from s
            case _:
                yield None

print(list(gen([1, 3, "ab", 2.5])))

def nested(v):
    match v:
        case [*inner] if any(x > 1 for x in inner):
            return [y for y in inner if y > 1]
        case _:
            return "no"

print(nested([0, 1, 2, 3]), nested([0]))

def loop_control(items):
    out = []
    for item in items:
        match item:
            case "skip":
                continue
            case "stop":
                break
            case {"ret": r}:
                return out, r
            case other:
                out.append(other)
    return out

print(loop_control(["a", "skip", "b", "stop", "c"]), loop_control([1, {"ret": 2}, 3]))

def with_try(v):
    try:
        match v:
            case [x]:
                raise ValueError(x)
            case _:
                return "plain"
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("finally", v)

print(with_try([1]), with_try(2))

x = "outer"
def unbound():
    match 3:
        case 4 as x:
            pass
    return x

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
