# Special methods that are not plain functions: a descriptor on the class is bound through its __get__,
# a callable object without __get__ is called without the instance, staticmethod works (as CPython's type slots).
class Getter:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, owner=None):
        print("__get__", type(obj).__name__, owner.__name__)
        return lambda *args: (self.value, args)


class Recorder:
    def __init__(self):
        self.calls = []

    def __call__(self, *args):
        self.calls.append(args)
        return len(self.calls)


class Box:
    __len__ = Getter(3)
    __getitem__ = Getter("item")
    __eq__ = Getter(True)
    __add__ = Getter("sum")
    __hash__ = Getter(11)
    __repr__ = Getter("repr")


b = Box()
print(b.__len__())
print(b[5])
print(b == 1)
print(b + 2)
try:
    hash(b)
except TypeError as e:
    print("TypeError", e)

rec = Recorder()


class Plain:
    __len__ = rec
    __iter__ = staticmethod(lambda: iter([1, 2]))
    __contains__ = rec
    __bool__ = staticmethod(lambda: False)


p = Plain()
print(len(p), len(p), 7 in p)
print(rec.calls)
print(list(iter(p)), bool(p))


class Strict:
    __len__ = Getter(4)
    __repr__ = Getter("x")


try:
    len(Strict())
except TypeError as e:
    print("TypeError", e)
