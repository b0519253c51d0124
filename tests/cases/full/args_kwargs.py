# *args, **kwargs, keyword-only parameters, defaults, and unpacking with *
# and ** at call sites.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, *[2, 3], x=4, **{"y": 5}))


def combine(first, second=2, *rest, sep="-", **options):
    parts = [str(first), str(second)] + [str(r) for r in rest]
    text = sep.join(parts)
    if options.get("upper"):
        text = text.upper()
    return text + " " + str(sorted(options))


print(combine(1))
print(combine(1, 3, 5, 7))
print(combine("a", "b", "c", sep="+", upper=True, extra=None))


def keyword_only(a, *, b, c=3):
    return a + b + c


print(keyword_only(1, b=2), keyword_only(1, c=10, b=5))
try:
    keyword_only(1, 2)
except TypeError as e:
    print("TypeError:", e)


def total(*numbers):
    result = 0
    for n in numbers:
        result += n
    return result


values = [1, 2, 3, 4]
print(total(*values), total(), total(*range(101)))
point = {"x": 1, "y": 2}


def at(x, y):
    return f"({x}, {y})"


print(at(**point), at(*point.values()), at(y=5, **{"x": 6}))
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
print([*range(3), *"ab"], {**point, "z": 3}, (*values, 5))
