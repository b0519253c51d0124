# bool() goes through len()'s checks, repr()/ascii() keep a str subclass
# returned by __repr__, a set containing itself prints set(...).

class Negative:
    def __len__(self):
        return -1

class NotAnInt:
    def __len__(self):
        return "three"

class TrueLen:
    def __len__(self):
        return True

for obj in (Negative(), NotAnInt()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bool(TrueLen()), len(TrueLen()))


class Tag(str):
    pass


class Plain:
    def __repr__(self):
        return Tag("plain")


class Accent:
    def __repr__(self):
        return Tag("café")


print(type(repr(Plain())).__name__, repr(Plain()))
print(type(ascii(Plain())).__name__, ascii(Plain()))
print(type(ascii(Accent())).__name__, ascii(Accent()))


class Bad:
    def __repr__(self):
        return 42


for f in (repr, ascii):
    try:
        f(Bad())
    except TypeError as e:
        print(f.__name__, e)


class Holder:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return repr(self.inner)

    def __hash__(self):
        return 7


s = set()
s.add(Holder(s))
print(repr(s))
