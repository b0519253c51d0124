# What special methods may return, and the errors for results of the wrong
# type; a metaclass's __getattr__, __len__ and __iter__ serve its classes.
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
class BigLen:
    def __len__(self): return 2**70
class BadBool:
    def __bool__(self): return 1
class BadIter:
    def __iter__(self): return 5
class BadIndex:
    def __index__(self): return 1.5
class Cont:
    def __contains__(self, x): return "yes"
class BigHash:
    def __hash__(self): return 2**70
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadFormat:
    def __format__(self, spec): return 3
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
    def __len__(self): return 3
    def __getitem__(self, i): return i
class Hint:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return 5
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
    def __getattr__(cls, name): return name.upper()
    def __len__(cls): return 7
    def __iter__(cls): return iter("ab")
class Magic(metaclass=Meta): pass
t("neglen", lambda: len(NegLen()))
t("strlen", lambda: len(StrLen()))
t("biglen", lambda: len(BigLen()))
t("badbool", lambda: bool(BadBool()))
t("badbool-if", lambda: 1 if BadBool() else 0)
t("baditer", lambda: iter(BadIter()))
t("badindex", lambda: [1, 2][BadIndex()])
t("cont", lambda: 1 in Cont())
t("bighash", lambda: hash(BigHash()))
t("badrepr", lambda: repr(BadRepr()))
t("badstr", lambda: str(BadStr()))
t("badformat", lambda: format(BadFormat(), ""))
t("badformat-f", lambda: f"{BadFormat()}")
t("rev", lambda: list(reversed(Rev())))
t("hint", lambda: list(Hint()))
t("inst", lambda: (isinstance(42, Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic)))
t("metagetattr", lambda: (Magic.foo, len(Magic), list(Magic)))
t("neglen-bool", lambda: bool(NegLen()))
class Ord:
    def __lt__(self, o): return "truthy"
t("sortkey", lambda: sorted([Ord(), Ord()]) and "sorted")
t("lt-result", lambda: Ord() < Ord())
t("max", lambda: type(max(Ord(), Ord())).__name__)
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
t("conv", lambda: (int(IntLike()), float(IntLike()), complex(IntLike())))
class BadInt:
    def __int__(self): return "x"
t("badint", lambda: int(BadInt()))
class R:
    def __round__(self, n=None): return ("round", n)
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
t("round", lambda: (round(R()), round(R(), 2), abs(R()), -R(), ~R()))
t("pos-missing", lambda: +R())
