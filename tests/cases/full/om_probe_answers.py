# Answers that used to be silently wrong: a descriptor read through its
# class gets __get__(None, cls), a metaclass's descriptor answers for its
# classes, classmethod wrapping property, a class's __dir__, format() of
# built-in subclasses (empty spec is str(self)), and float + int-subclass
# tries float's operator before the subclass's __radd__.
class D:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__ if owner else None)


class C:
    d = D()


print(C.d, C().d)


class Meta(type):
    @property
    def answer(cls):
        return 42

    x = D()


class K(metaclass=Meta):
    pass


print(K.answer, K.x)


class CM:
    @classmethod
    @property
    def p(cls):
        return cls.__name__


class CM2(CM):
    pass


print(CM.p, CM2.p)


class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(WithDir()))


class I(int):
    def __format__(self, spec):
        return "I" + spec


print(format(I(3), "x"), f"{I(4):>5}", "{:d}".format(I(5)))


class I2(int):
    def __str__(self):
        return "I2!"


print(format(I2(255), "x"), f"{I2(7)}", format(I2(7)), "%d" % I2(3), str(I2(1)))


class F2(float):
    def __str__(self):
        return "F2!"


print(format(F2(1.5), ".3f"), f"{F2(2.25):e}", f"{F2(1.0)}", repr(F2(1.0)))


class S3(str):
    def __str__(self):
        return "S3str"


print(str(S3("a")), f"{S3('a')}", format(S3("a")), "%s" % S3("a"), f"{S3('a'):>3}")


class Num(int):
    def __add__(self, o):
        return "Num.add"

    def __radd__(self, o):
        return "Num.radd"


print(1 + Num(2), Num(2) + 1, 1.5 + Num(1), "x" * Num(2) if False else [0] * Num(2))
