# abc: ABCMeta/ABC/abstractmethod (incl. abstract properties and classmethods),
# the refusal texts, register(); collections.abc structural checks,
# registered built-ins and the Mapping/Sequence/MutableSequence mixins.
import abc
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sized, Mapping, MutableMapping, Sequence, Hashable, Callable, Iterator, MutableSequence, Set

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s

try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__)

class Duck:
    def __iter__(self): return iter([1])
    def __len__(self): return 1
print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(3, Iterable), isinstance([], Iterable))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Sequence), isinstance((), Sequence), isinstance("", Sequence))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(print, Callable), isinstance(iter([]), Iterator))
print(issubclass(list, MutableSequence), issubclass(tuple, MutableSequence), isinstance(frozenset(), Set), isinstance(set(), Set))

class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, dict(m))

class Registered: pass
class Base(ABC): pass
Base.register(Registered)
print(isinstance(Registered(), Base), issubclass(Registered, Base))

class MySeq(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(3), s.count(2), list(reversed(s)))

class Stack(MutableSequence):
    def __init__(self): self.items = []
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __len__(self): return len(self.items)
    def insert(self, i, v): self.items.insert(i, v)
st = Stack()
st.append(1); st.extend([2, 3]); st += [4]
print(st.items, st.pop(), st.items)
st.reverse(); st.remove(2)
print(st.items)

class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
try:
    P()
except TypeError as e:
    print(e)
class Q(P):
    @property
    def name(self): return "q"
    @classmethod
    def make(cls): return cls()
print(Q.make().name)
