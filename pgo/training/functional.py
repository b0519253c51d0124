# Training workload: generators, closures, comprehensions, *args and
# **kwargs, exceptions, context managers, decorators and iteration tools.
import functools
import itertools
from collections import defaultdict, deque, namedtuple

Item = namedtuple("Item", "name price qty")


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper


@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


def chunks(it, size):
    it = iter(it)
    while True:
        block = list(itertools.islice(it, size))
        if not block:
            return
        yield block


def pipeline(n):
    nums = (i * 3 for i in range(n))
    evens = (x for x in nums if x % 2 == 0)
    squares = map(lambda x: x * x, evens)
    return sum(itertools.takewhile(lambda x: x < 10 ** 12, squares))


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, kind, value, tb):
        Resource.opened -= 1
        return kind is KeyError


def configure(*args, **kwargs):
    options = {"depth": 1, "verbose": False}
    options.update(kwargs)
    return len(args), sorted(options.items())


def main():
    bump = counter()
    for i in range(20000):
        bump(i % 3)
    print(bump(0), paths(14, 14))
    print([sum(block) for block in chunks(range(1000), 128)])
    print(pipeline(200000))
    caught = 0
    for i in range(20000):
        with Resource():
            try:
                if i % 4 == 0:
                    raise KeyError(i)
                if i % 7 == 0:
                    {}[i]
            except KeyError:
                caught += 1
            finally:
                pass
    print(caught, Resource.opened)
    items = [Item("n%d" % (i % 40), i % 13 * 1.5, i % 5) for i in range(5000)]
    by_name = defaultdict(list)
    for item in items:
        by_name[item.name].append(item)
    totals = {k: sum(it.price * it.qty for it in v) for k, v in by_name.items()}
    print(len(totals), max(totals.items(), key=lambda kv: kv[1]))
    window = deque(maxlen=50)
    moving = []
    for i in range(20000):
        window.append(i % 97)
        if i % 500 == 0:
            moving.append(sum(window) / len(window))
    print([round(m, 2) for m in moving[:6]])
    print(configure(1, 2, 3, depth=4, name="x"), [x for x in zip("abc", itertools.count())])
    grid = {(x, y): x * y for x in range(60) for y in range(60)}
    print(sum(v for (x, y), v in grid.items() if x == y), sorted({v % 11 for v in grid.values()}))


for _ in range(6):
    main()
