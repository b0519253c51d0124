# namedtuple's generated __new__ (source run through exec, as CPython):
# defaults, keywords, binding errors, pickling, renamed fields, subclasses.
from collections import namedtuple
import pickle, copy
P = namedtuple("P", "x y")
D = namedtuple("D", ["a", "b", "c"], defaults=[2, 3])
One = namedtuple("One", "v")
print(P(1, 2), P(x=1, y=2), D(1), D(1, c=9), One(5), P._make([3, 4]), P(1, 2)._replace(y=7))
for make in (lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, x=2), lambda: P(1, z=2), lambda: D(), lambda: D(1, 2, 3, 4), lambda: P()):
    try: make()
    except TypeError as e: print("TypeError", e)
print(P.__new__.__qualname__, P.__new__.__doc__, D.__new__.__defaults__, P.__new__.__name__)
print(pickle.loads(pickle.dumps(D(1), 5)), copy.deepcopy(P(1, [2])))
R = namedtuple("R", "a def b", rename=True); print(R(1, 2, 3))
class Sub(P):
    def __new__(cls, x, y=0): return super().__new__(cls, x, y)
print(Sub(5), Sub(5, 6))
print(P.__new__.__globals__.get('__name__'))
