from enum import Enum, IntEnum, StrEnum, IntFlag, Flag, auto, unique, EnumMeta
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status('ACTIVE'), Status('inactive'))
try:
    Status('gone')
except ValueError as e:
    print(type(e).__name__, e)
try:
    Status(3)
except ValueError as e:
    print(e)
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    Bad(2)
except TypeError as e:
    print(e)
print(isinstance(Status, EnumMeta), type(Status).__name__, Status.ACTIVE.__class__.__name__)
print(Status.__members__['ACTIVE'], len(Status.__members__), 'ACTIVE' in Status.__members__)
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal.ANT, Animal.DOG.value, len(Animal), [a.name for a in Animal])
Num = IntEnum('Num', ['ONE', 'TWO'], start=0) if False else IntEnum('Num', ['ONE', 'TWO'])
print(Num.TWO + 1, Num.ONE < Num.TWO, sorted(Num, reverse=True))
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(max(Prio), Prio.HIGH > 2, Prio(3), int(Prio.LOW), '%d' % Prio.HIGH, str(Prio.LOW), f'{Prio.LOW!r}')
class Lvl(StrEnum):
    DEBUG = auto()
    INFO = auto()
print(Lvl.DEBUG, Lvl.INFO.value, Lvl('info'), 'x' + Lvl.DEBUG, Lvl.DEBUG in ['debug'])
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rwx = Perm.R | Perm.W | Perm.X
print(rwx, repr(rwx), Perm.W in rwx, rwx & Perm.R, repr(Perm(0)), Perm.R + 1)
d = {Status.ACTIVE: 1, Status.INACTIVE: 2}
print(d[Status('active')], Status.ACTIVE is Status('active'), Status.ACTIVE != Status.INACTIVE)
print([m for m in Status], Status.ACTIVE.name, Status['INACTIVE'].value)
class Ord(Enum):
    A = 3
    B = 1
    C = 2
print(list(Ord), sorted(Ord, key=lambda m: m.value))
