# with: __enter__/__exit__ ordering, the value bound by `as`, exceptions
# passed to __exit__, suppression by returning True, and nested managers.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc)
        return self.suppress


with Tracer("a") as value:
    print("body sees", value)
with Tracer("outer"), Tracer("inner") as inner:
    print("nested body", inner)
with Tracer("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppression")
try:
    with Tracer("loud"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))


def early_return():
    with Tracer("func"):
        return "returned"


print(early_return())
for i in range(2):
    with Tracer("loop" + str(i)):
        if i == 0:
            continue
        print("loop body", i)
