# class statements accept *bases and **keywords, as calls do.

class A:
    pass


class B:
    pass


bases = (A, B)


class C(*bases):
    pass


print([k.__name__ for k in C.__mro__])


class D(A, *[B], metaclass=type):
    pass


print([k.__name__ for k in D.__bases__])


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


options = {"x": 1}


class E(metaclass=Meta, y=2, **options):
    pass


class F(*(), **{"metaclass": Meta}, z=3):
    pass


print(type(E).__name__, type(F).__name__)


class G(**{}):
    pass


print(G.__bases__)
try:
    class H(**20):
        pass
except TypeError as e:
    print(e)
