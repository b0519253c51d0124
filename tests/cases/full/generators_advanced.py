# Generator details: return values carried by StopIteration, finally blocks
# run on close(), yield from returning a value, and generators as coroutines.
def counted(n):
    for i in range(n):
        yield i
    return f"yielded {n}"


g = counted(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)


def delegate():
    result = yield from counted(3)
    print("  sub-generator said:", result)
    yield "after"


print(list(delegate()))


def resource():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")


r = resource()
print(next(r))
r.close()
print("closed")


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
next(avg)
print([avg.send(v) for v in [10, 20, 60]])
gen = (x for x in range(3))
print(type(gen).__name__, list(gen), list(gen))
