# copy: deep and shallow copies of class instances (dict state, __slots__ along the MRO, __reduce__ and __reduce_ex__ found by inheritance, copyreg, __getstate__/__setstate__, __deepcopy__), atomic items beside a memo, and isinstance with a tuple of classes.
import copy
import copyreg
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    tags: list
    flag: bool


p = Point(1, ['a', ['b']], True)
q = copy.deepcopy(p)
print(q, q == p, q.tags is p.tags, q.tags[1] is p.tags[1], copy.copy(p).tags is p.tags)


class Base:
    __slots__ = ('a', '__hidden')

    def __init__(self):
        self.a = [1]
        self.__hidden = 'h'

    def hidden(self):
        return self.__hidden


class Derived(Base):
    __slots__ = ('b',)


class WithDict(Base):
    pass


d = Derived()
d.b = {'k': [2]}
dd = copy.deepcopy(d)
print(dd.a, dd.a is d.a, dd.b, dd.b['k'] is d.b['k'], dd.hidden())
w = WithDict()
w.extra = [3]
ww = copy.deepcopy(w)
print(ww.a, ww.extra, ww.extra is w.extra, ww.hidden(), hasattr(ww, '__dict__'))
half = Derived()
print(hasattr(copy.deepcopy(half), 'a'), hasattr(copy.deepcopy(half), 'b'))


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v + ['reduced'],))


class ReducedChild(Reduced):
    pass


class ReducedEx:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, protocol):
        return (ReducedEx, (['protocol', protocol],))


print(copy.deepcopy(Reduced([1])).v, copy.deepcopy(ReducedChild([2])).v, copy.copy(ReducedEx(0)).v)


class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda r: (Registered, ('via copyreg', r.v)[1:]))
print(copy.deepcopy(Registered('x')).v)


class Stateful:
    def __init__(self):
        self.items = [1, 2]

    def __getstate__(self):
        return {'items': self.items, 'seen': 'getstate'}

    def __setstate__(self, state):
        state['seen'] += ' setstate'
        self.__dict__.update(state)


s = copy.deepcopy(Stateful())
print(s.items, s.seen)


class Own:
    def __deepcopy__(self, memo):
        return 'own deepcopy with a %s memo' % type(memo).__name__


print(copy.deepcopy([Own(), Own()]))

# A memo that already maps an atomic value's id: deepcopy answers from it,
# for the top-level value and for items of a container alike.
big = 10 ** 30
word = ''.join(['me', 'mo'])
memo = {id(big): 'from memo', id(word): 'word from memo'}
print(copy.deepcopy(big, memo), copy.deepcopy([big, 1, word], memo), copy.deepcopy({word: big}, memo))
print(copy.deepcopy((big, 'plain'), {id(big): 'tuple item from memo'}))
shared = [1]
t = (shared, shared, 'x', 2.5, None)
tc = copy.deepcopy(t)
print(tc, tc[0] is tc[1], tc[0] is shared, copy.deepcopy((1, 'a', None)) is not None)
nested = {'k': (1, 2), 'l': [True, b'b', 3j, range(3), len]}
nc = copy.deepcopy(nested)
print(nc == nested, nc['l'] is nested['l'], nc['k'] is nested['k'], nc['l'][4] is len)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'claimed'


class Checked(metaclass=Meta):
    pass


class Proxy:
    @property
    def __class__(self):
        return list


print(isinstance('claimed', (int, Checked)), isinstance('other', (int, Checked)), isinstance(3, (str, (list, int))))
print(isinstance(Proxy(), (dict, list)), isinstance(Proxy(), (dict, Proxy)), isinstance(Proxy(), (dict, set)))
print(isinstance(True, (str, int)), isinstance(p, (list, Point)), isinstance(p, ()))
try:
    isinstance(1, (int, 3))
    isinstance('s', (int, 3))
except TypeError as e:
    print('TypeError', e)
print(getattr(p, 'missing', 'default'), hasattr(p, 'missing'), hasattr(p, 'x'), getattr(Point, 'nope', None))


class Hook:
    def __getattr__(self, name):
        if name == 'boom':
            raise ValueError('not an AttributeError')
        raise AttributeError(name)


print(getattr(Hook(), 'anything', 'hook default'), hasattr(Hook(), 'x'))
try:
    getattr(Hook(), 'boom', None)
except ValueError as e:
    print('ValueError', e)
