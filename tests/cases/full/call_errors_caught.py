# TypeError messages for bad calls, caught and printed: too many or too few
# positional arguments, unexpected and duplicate keywords, keyword-only
# parameters, and calling non-callables.
def f(a, b=2, *, c=3):
    return a + b + c


def g(*args, key):
    return args, key


class K:
    def method(self, x):
        return x


five = 5
attempts = [
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, d=4),
    lambda: f(1, a=1),
    lambda: g(1, 2),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: five(),
    lambda: len(),
    lambda: len([], []),
    lambda: int("1", "2", "3"),
]
for attempt in attempts:
    try:
        print("ok:", attempt())
    except TypeError as e:
        print("TypeError:", e)
print(f(1), f(1, c=10), g(key="k"), g(1, 2, key=3))
