# type(name, bases, dict) builds a class as a class statement does (and so
# collections.namedtuple works); CPython's errors for bad arguments.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, p.x, p._make([3, 4]), p._replace(x=9), p._asdict(), isinstance(p, tuple), P._fields)
Q = namedtuple('Q', ['a', 'b'], defaults=[0])
print(Q(1), Q(1, 2) == (1, 2), repr(Q), Q.__name__)
def hello(self):
    return "hi " + self.name
B = type('B', (), {'name': 'b', 'hello': hello})
C = type('C', (B,), {'name': 'c'})
print(B().hello(), C().hello(), C.__mro__, type(C), C.__qualname__, C.__name__)
for bad in [lambda: type(1, (), {}), lambda: type('X', [], {}), lambda: type('X', (), [])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
