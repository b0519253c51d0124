# Benchmark: a pipeline of generators feeding each other (yield, yield
# from, generator expressions, sum and zip over them).


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    yield from (x * x for x in source)


def windows(source):
    previous = None
    for x in source:
        if previous is not None:
            yield x - previous
        previous = x


total = sum(windows(squares(evens(numbers(2400000)))))
pairs = sum(a * b for a, b in zip(numbers(800000), numbers(800000)))
print(total, pairs)
