# iter(callable, sentinel): call until the sentinel comes back; StopIteration
# from the callable ends it too; the callable is checked up front.
items = [1, 2, 3, None, 4]
it = iter(items.pop if False else (lambda: items.pop(0)), None)
print(list(it), items)
print(list(it))

counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print([x for x in iter(tick, 5)])

def stopper():
    raise StopIteration
print(list(iter(stopper, 0)))

class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else ""
r = Reader(["ab", "cd", "", "ef"])
print(list(iter(r.read, "")))
for bad in (5, "text", None):
    try:
        iter(bad, 0)
    except TypeError as e:
        print("TypeError", e)
def boom():
    raise ValueError("boom")
try:
    next(iter(boom, 1))
except ValueError as e:
    print("ValueError", e)
