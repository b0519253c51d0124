# dir() lists the attributes objects answer natively (an exception's args
# and __traceback__, an int's real, every object's __class__), and every
# name it lists can be read with getattr().
class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class Error(Exception):
    pass


def report(x):
    names = dir(x)
    unreadable = [n for n in names if not hasattr(x, n) and n != "a"]
    shown = [n for n in ("__class__", "__dict__", "args", "__cause__", "__context__", "__traceback__",
                         "__suppress_context__", "real", "imag", "numerator", "denominator", "__qualname__",
                         "__module__", "__name__") if n in names]
    print(type(x).__name__, names == sorted(names), unreadable, shown)


for value in (Plain(), Slotted(), Error("e"), ValueError(), 7, True, 2.5, "s", [], Plain, len):
    report(value)

print(Plain.__class__.__name__, type(len).__name__)
