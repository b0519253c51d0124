# The generated __init__ (source run through exec, as CPython): defaults,
# default_factory, init=False, InitVar and __post_init__, keyword-only
# fields, frozen and slots classes, a field named self, its signature and
# annotations, and the binding errors that name it.
import inspect
from dataclasses import KW_ONLY, InitVar, dataclass, field


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    count: int = 0
    seen: int = field(default=5, init=False)
    made: list = field(default_factory=lambda: ["x"], init=False)


a, b = Item("a"), Item("b", ["t"], count=2)
a.tags.append(1)
print(a, b, Item("c").tags, vars(a))
print(inspect.signature(Item), Item.__init__.__annotations__)
print(Item.__init__.__qualname__, Item.__init__.__name__)


@dataclass
class WithPost:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)

    def __post_init__(self, scale):
        self.y = self.x * scale


print(WithPost(3), WithPost(3, 10), inspect.signature(WithPost))


@dataclass
class Keywords:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(Keywords(1, c=3), inspect.signature(Keywords))


@dataclass(frozen=True)
class Frozen:
    x: int
    y: tuple = ()


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)))
try:
    f.x = 2
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 7
    z: list = field(default_factory=list)


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))


@dataclass
class Odd:
    self: int
    other: str = "o"


print(Odd(1), Odd(self=2, other="p"), inspect.signature(Odd))

for make in (lambda: Item(), lambda: Item("a", [], 1, 2), lambda: Item("a", nope=1),
             lambda: Item("a", name="b"), lambda: Keywords(1), lambda: Keywords(1, 2, c=3),
             lambda: Frozen(), lambda: Slotted(1, 2, [], 4), lambda: WithPost()):
    try:
        make()
    except TypeError as e:
        print("TypeError", e)
try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError", e)


# The binder's messages: a keyword's error before too many positionals,
# keyword-only parameters counted in "were given", __qualname__ as set.
def f(a, b=1, *, c, d=2):
    pass


def g(a, /, b):
    pass


g.__qualname__ = "Renamed.g"
for call in (lambda: f(1, 2, 3), lambda: f(1, 2, 3, c=1), lambda: f(1, 2, 3, c=1, d=4),
             lambda: f(1, 2, 3, b=5), lambda: f(1, 2, 3, e=1), lambda: g(1, 2, 3),
             lambda: g(1, 2, 3, a=1), lambda: g(1), lambda: g(b=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
