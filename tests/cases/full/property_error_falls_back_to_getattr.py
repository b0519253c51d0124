# An AttributeError out of a property's getter gives the class's __getattr__
# its turn (CPython's slot_tp_getattr_hook); other errors propagate.
class A:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(A().p)


class B:
    @property
    def p(self):
        raise AttributeError("inner, no hook")

    @property
    def q(self):
        raise KeyError("not an attribute error")

    def __getattr__(self, name):
        if name == "q":
            return "never"
        raise AttributeError("hook says no: " + name)


for name in ("p", "q"):
    for _ in range(2):
        try:
            print(getattr(B(), name))
        except (AttributeError, KeyError) as e:
            print(type(e).__name__, e)
    print(hasattr(B(), name) if name == "p" else "-")


class C:
    @property
    def p(self):
        raise AttributeError("plain")


for _ in range(2):
    try:
        C().p
    except AttributeError as e:
        print("AttributeError", e)
print(getattr(C(), "p", "default"), hasattr(C(), "p"))
