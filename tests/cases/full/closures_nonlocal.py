# Closures capture variables, not values: counters with nonlocal, late
# binding in loops, default-argument binding, and independent closures.
def make_counter(start=0):
    count = start

    def increment(by=1):
        nonlocal count
        count += by
        return count

    return increment


a = make_counter()
b = make_counter(100)
print(a(), a(), a(5), b(), a())


def make_adders():
    adders = []
    for i in range(3):
        def add(x):
            return x + i
        adders.append(add)
    return adders


print([f(10) for f in make_adders()])


def make_adders_bound():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders


print([f(10) for f in make_adders_bound()])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()

    x = "changed before call"
    return middle()


print(outer())


def accumulator():
    total = []

    def add(value):
        total.append(value)
        return sum(total)

    return add


acc = accumulator()
print(acc(1), acc(2), acc(3), acc.__name__)


def make_pair():
    value = 0

    def get():
        return value

    def set(v):
        nonlocal value
        value = v

    return get, set


get, set_ = make_pair()
set_(42)
print(get())


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
