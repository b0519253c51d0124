# Programs adapted from published material: the Python Enum HOWTO
# (docs.python.org/3/howto/enum.html: Weekday, Planet, Flag Color), the
# dataclasses docs (InventoryItem) and a dataclass order-system tutorial
# (bytestark.com "Modeling an Order Management System").
from dataclasses import dataclass, field
from enum import Enum, Flag, IntEnum, auto


class Weekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    THURSDAY = 8
    FRIDAY = 16
    SATURDAY = 32
    SUNDAY = 64


chores_for_ethan = {'feed the cat': Weekday.MONDAY | Weekday.WEDNESDAY | Weekday.FRIDAY,
                    'do the dishes': Weekday.TUESDAY | Weekday.THURSDAY,
                    'answer SO questions': Weekday.SATURDAY}


def show_chores(chores, day):
    for chore, days in chores.items():
        if day in days:
            print(chore)


show_chores(chores_for_ethan, Weekday.SATURDAY)
print(Weekday(3), list(Weekday.MONDAY | Weekday.FRIDAY), Weekday.FRIDAY.value)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p, round(p.surface_gravity, 2))


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = 7


print(Shape.CIRCLE == 1, Shape(2), [c for c in Color], Color.WHITE, Color.RED | Color.GREEN)
print(Color.WHITE.value, repr(~Color.RED), Color.BLUE in Color.WHITE)


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))


@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = InventoryItem('widget', 3.5, 4)
print(item, item.total_cost())


class OrderStatus(Enum):
    PENDING = 'pending'
    SHIPPED = 'shipped'
    DELIVERED = 'delivered'


@dataclass(frozen=True, order=True)
class Money:
    cents: int

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __str__(self):
        return f'${self.cents / 100:.2f}'


@dataclass
class LineItem:
    sku: str
    price: Money
    quantity: int = 1

    def __post_init__(self):
        if self.quantity <= 0:
            raise ValueError(f'quantity must be positive, got {self.quantity}')

    @property
    def subtotal(self) -> Money:
        return Money(self.price.cents * self.quantity)


@dataclass
class Order:
    order_id: int
    items: list = field(default_factory=list)
    status: OrderStatus = OrderStatus.PENDING

    def total(self) -> Money:
        t = Money(0)
        for li in self.items:
            t = t + li.subtotal
        return t


o = Order(1, [LineItem('A1', Money(250), 2), LineItem('B2', Money(999))])
print(o.total(), o.status, max(li.price for li in o.items))
o.status = OrderStatus('shipped')
print(o)
try:
    LineItem('C', Money(1), 0)
except ValueError as e:
    print(e)
