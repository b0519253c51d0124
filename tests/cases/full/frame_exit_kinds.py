# How a frame stops (return or yield) must reach the right caller when
# generator steps, plain calls, class bodies, eval/exec and comprehensions
# interleave: a call made between two yields returns, and the generator
# still yields afterwards; a generator's return value reaches StopIteration
# and `yield from`.


def helper(x):
    return x * 2


def gen(n):
    total = 0
    for i in range(n):
        got = yield helper(i)
        total += helper(got or 0)
    return total


g = gen(3)
print(next(g))
print(g.send(5))
print(g.send(7))
try:
    g.send(1)
except StopIteration as e:
    print("returned", e.value)


def outer():
    r = yield from gen(2)
    print("inner returned", r)
    yield r + helper(100)


print(list(outer()))


def empty_gen():
    return "done"
    yield


try:
    next(empty_gen())
except StopIteration as e:
    print("empty", e.value)


class Body:
    values = [helper(i) for i in range(3)]
    squares = list(x * x for x in values)


print(Body.values, Body.squares)
print(eval("helper(21)"))
ns = {}
exec("def f():\n    return 'exec'\nr = f()", {"helper": helper}, ns)
print(ns["r"])


def nested_gens(n):
    for i in range(n):
        yield sum(j for j in range(i))


print(list(nested_gens(5)))
print(sum(helper(x) for x in gen(4)))
