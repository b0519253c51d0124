# __str__ versus __repr__: print and str() use __str__, containers and
# repr() use __repr__, f-string conversions !s and !r, and the fallback of
# __str__ to __repr__.
class Both:
    def __str__(self):
        return "str-of-Both"

    def __repr__(self):
        return "Both()"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<1>"


b = Both()
o = OnlyRepr()
print(b, str(b), repr(b), [b], (b,), {"k": b}, f"{b} {b!r} {b!s}")
print(o, str(o), repr(o), [o, o], f"{o}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
print(str("text"), repr("text"), [str("text")], f"{'text'!r}")
