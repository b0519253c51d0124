# super().name: methods called with their receiver (no bound method made),
# class methods, static methods, properties read for the receiver, the
# super object's own attributes, and a name found nowhere.
class A:
    def f(self, x): return ("A.f", x)
    @classmethod
    def c(cls): return ("A.c", cls.__name__)
    @staticmethod
    def s(y): return ("A.s", y)
    @property
    def p(self): return "A.p"
    def __init__(self): self.v = 1
class B(A):
    def f(self, x): return super().f(x)
    @classmethod
    def c(cls): return super().c()
    def s2(self): return super().s(3)
    def p2(self): return super().p
    def __init__(self):
        super().__init__()
        print(super().__class__.__name__, super().__thisclass__.__name__, type(super().__self__).__name__)
b = B()
print(b.f(1), B.c(), b.s2(), b.p2(), b.v)
class C(B):
    def f(self, x):
        m = super().f
        return m(x), super(B, self).f(x)
print(C().f(2))
try:
    class D(A):
        def g(self): return super().nope()
    D().g()
except AttributeError as e:
    print(e)
class E(A):
    q = 5
    def g(self): return super().q if hasattr(A, "q") else "no q"
print(E().g())
class F:
    p = property(None, lambda s, v: None)
class G(F):
    def g(self): return super().p
try:
    G().g()
except AttributeError as e:
    print(e)
class H(A):
    @property
    def p(self): return "H.p+" + super().p
print(H().p)
