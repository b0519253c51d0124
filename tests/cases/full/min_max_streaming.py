# min() and max(): generator items and key calls interleave as in CPython;
# ints and floats compare natively, other values through their methods.

def gen():
    for x in [3, 1, 2]:
        print("yield", x)
        yield x
def k(x):
    print("key", x)
    return -x
print(max(gen(), key=k), min(gen()))
print(max([1, 2.5, 2]), min(3, 1.0, 2), max("abc"), min([(1, 2), (1, 1)]), max([], default="d"), min(iter([5])))
print(max([float("nan"), 1.0]), max([1.0, float("nan")]), min([True, 0]), max(-0.0, 0.0), max(0.0, -0.0))
print(max({"a": 1, "b": 2}), min(range(5, 0, -1)), max(x * x for x in range(-3, 2)))
for bad in ([], ):
    try:
        max(bad)
    except ValueError as e:
        print(e)
try:
    min(1, "a")
except TypeError as e:
    print(e)
try:
    max(5)
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
print(max(1, 2, key=None), max([1, 3], key=lambda v: -v))
