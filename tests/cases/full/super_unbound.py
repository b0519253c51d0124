# Unbound super objects (super(C), super(C, None)) and their reprs, the
# attributes every super object has (__thisclass__, __self__,
# __self_class__), and super()'s argument errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f"

    def sup(self):
        return super()


b = B()
s = super(B)
print(s, s.__thisclass__, s.__self__, s.__self_class__)
print(super(int), super(type, None), str(super(B, None)))
t(lambda: s.f)
t(lambda: super(B, b).f())
print(super(B, b), super(B, B))
print(b.sup())
t(lambda: super(B, b).__self_class__)
t(lambda: super(B, B).__self_class__)
t(lambda: super(B, b).__self__ is b)
t(lambda: super(B, None).__thisclass__)
t(lambda: super(1))
t(lambda: super(int, "x"))
t(lambda: super(int, 1, 2))
t(lambda: super(int, x=1))
t(lambda: super())
t(lambda: super(A, b))
s = super(int)
print(s.__get__(5), s.__get__(None, int), super(int, 5).__get__(6))
t(lambda: s.__get__(None))
t(lambda: s.__get__())
t(lambda: s.__get__("x"))
t(lambda: s.__get__(1, 2, 3))
t(lambda: super(B).__get__(b).f())
