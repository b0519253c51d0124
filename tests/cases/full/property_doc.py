# property.__doc__: the doc given to property(), else the getter's
# docstring, else None; getter/setter copies keep it.
class A:
    @property
    def p(self):
        "getter doc"
        return 1

    @p.setter
    def p(self, value):
        pass

    q = property(lambda self: 2, doc="explicit")
    r = property(lambda self: 3)
    s = property(doc="only a doc")
    t = q.setter(lambda self, v: None)


print(A.p.__doc__)
print(A.q.__doc__, A.r.__doc__, A.s.__doc__, A.t.__doc__)
print(A().p, A().q, A.s.fget)
