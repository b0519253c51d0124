# A for loop resumes a generator directly: a generator that iterates
# itself (ValueError), one already finished, one that raises
# StopIteration (RuntimeError), one suspended inside an except block, and
# one closed half way.
def selfish():
    yield 1
    for x in me:
        yield x


me = selfish()
try:
    for v in me:
        print("got", v)
except ValueError as e:
    print("ValueError:", e)


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


g = count(3)
print([x for x in g], [x for x in g])


def stops():
    yield "a"
    raise StopIteration("early")


try:
    for v in stops():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def in_handler():
    try:
        raise KeyError("k")
    except KeyError as e:
        for i in range(2):
            yield repr(e)
    yield "after"


for v in in_handler():
    print(v)

h = count(10)
for v in h:
    if v == 2:
        h.close()
    print("h", v)
print(sum(x * x for x in count(5)), list(zip(count(3), count(4))))
