# classmethod and staticmethod objects expose the function they wrap as
# __func__ (and __wrapped__), as CPython's do.
class C:
    @classmethod
    def f(cls):
        return cls.__name__

    @staticmethod
    def g(x):
        return x * 2


print(C.__dict__["f"].__func__.__name__, C.__dict__["f"].__func__(C), C.__dict__["g"].__func__(21))
print(C.__dict__["g"].__wrapped__(4), C.f(), C.g(1))
