# Generators: yield, next(), StopIteration, generator expressions, lazy
# evaluation shown with prints, yield from, and infinite generators.
def countdown(n):
    print("  starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")


gen = countdown(3)
print("created")
print(next(gen))
print(next(gen))
print(list(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fib = fibonacci()
print([next(fib) for _ in range(12)])


def take(n, iterable):
    out = []
    for item in iterable:
        if len(out) == n:
            break
        out.append(item)
    return out


print(take(5, fibonacci()), take(3, "abcdef"))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]))
squares = (x * x for x in range(4))
print(next(squares), list(squares), list(squares))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3))))


def pipeline(numbers):
    evens = (n for n in numbers if n % 2 == 0)
    doubled = (n * 2 for n in evens)
    return list(doubled)


print(pipeline(range(10)))


def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"


e = echo()
print(next(e), e.send("a"), e.send("b"))
print(dict(enumerate(x for x in "xy")), list(zip(fibonacci(), "abc")))
