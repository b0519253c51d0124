# Functions are values: stored in lists and dicts, passed as arguments,
# returned from functions (without closures), and compared by identity.
def square(x):
    return x * x


def negate(x):
    return -x


def add_one(x):
    return x + 1


def compose_apply(functions, value):
    for f in functions:
        value = f(value)
    return value


def pick(name):
    if name == "square":
        return square
    return negate


def map_list(f, items):
    return [f(item) for item in items]


def filter_list(predicate, items):
    out = []
    for item in items:
        if predicate(item):
            out.append(item)
    return out


def is_even(n):
    return n % 2 == 0


def shout(text):
    return text.upper()


def all_digits(text):
    return text.isdigit()


pipeline = [add_one, square, negate]
print(compose_apply(pipeline, 3), compose_apply(pipeline[::-1], 3), compose_apply([], 3))
ops = {"sq": square, "neg": negate, "len": len, "str": str, "abs": abs}
print([ops[k](-4) for k in ["sq", "neg", "str", "abs"]], ops["len"]("four"))
print(pick("square")(9), pick("other")(9), pick("square") is square, pick("x") is negate)
print(map_list(square, range(6)), map_list(shout, ["a", "b"]), map_list(len, ["", "ab"]))
print(filter_list(is_even, range(10)), filter_list(all_digits, ["1", "a", "22"]))
f = square
g = f
print(f is g, f == square, f(12), g(g(2)))
table = [(square, "square"), (negate, "negate")]
for func, label in table:
    print(label, [func(n) for n in [1, 2, 3]])
print(sorted([3, 1, 2]) == sorted([2, 3, 1]), max(map_list(square, [-5, 3])))
