# set and frozenset subclasses show their own name in repr, also when they
# contain themselves.

class S(set):
    pass


class F(frozenset):
    pass


print(repr(S()), repr(S([1])), repr(F()), repr(F([2])))
print(str(S()), f"{F([4])!r}")


class Holder:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return repr(self.inner)

    def __hash__(self):
        return 1


s = S()
s.add(Holder(s))
print(repr(s))
plain = set()
plain.add(Holder(plain))
print(repr(plain), [plain])
