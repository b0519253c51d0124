# operator's functions (native, as in CPython) and functools.reduce.
import operator
import functools

pairs = [(7, 3), (2.5, 0.5), ('ab', 'cd'), ([1], [2]), (True, 3), (2 ** 70, 3)]
names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'or_', 'xor', 'and_',
         'lt', 'le', 'eq', 'ne', 'gt', 'ge', 'is_', 'is_not', 'matmul']
for name in names:
    f = getattr(operator, name)
    row = []
    for a, b in pairs:
        try:
            row.append(repr(f(a, b)))
        except Exception as e:
            row.append('%s: %s' % (type(e).__name__, e))
    print(name, ' | '.join(row))
for name in ['neg', 'pos', 'inv', 'invert', 'not_', 'truth', 'abs', 'index']:
    f = getattr(operator, name)
    row = []
    for a in [5, -2.5, True, 0, 'x', []]:
        try:
            row.append(repr(f(a)))
        except Exception as e:
            row.append('%s: %s' % (type(e).__name__, e))
    print(name, ' | '.join(row))

x = [1, 2]
y = operator.iadd(x, [3])
print(x, y is x, operator.iadd(5, 1), operator.imul('ab', 2), operator.ipow(2, 5), operator.ior({1}, {2}))
d = {}
operator.setitem(d, 'k', 1)
print(d, operator.getitem(d, 'k'), operator.contains(d, 'k'), operator.contains([1, 2], 3))
operator.delitem(d, 'k')
print(d)


class Vec:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Vec(self.v + other.v)

    def __iadd__(self, other):
        self.v += other.v * 10
        return self

    def __lt__(self, other):
        return 'lt called'

    def __neg__(self):
        return 'neg called'


a = Vec(1)
print(operator.add(a, Vec(2)).v, operator.iadd(a, Vec(2)).v, operator.lt(a, a), operator.neg(a))

for t in ['operator.neg()', 'operator.add(1)', 'operator.not_()', 'operator.add(a=1,b=2)', 'operator.neg(x=1)',
          'operator.truth(1,2)', 'operator.add', 'operator.lt.__module__', 'operator.getitem([1],5)',
          'operator.is_(None)', 'operator.setitem({}, 1)', 'operator.mod(1, 0)', 'operator.mod', 'operator.__add__(1, 2)',
          'operator.countOf([1,1,2],1)', 'operator.indexOf([1,2],3)', 'operator.concat([1], (2,))',
          'functools.reduce()', 'functools.reduce(operator.add)', 'functools.reduce(operator.add, [])',
          'functools.reduce(operator.add, [], 5)', 'functools.reduce(operator.add, 5)',
          'functools.reduce(operator.add, [1,2], initial=3)', 'functools.reduce(operator.add, [1,2,3])',
          'functools.reduce(None, [1,2])', 'functools.reduce(lambda a, b: a * b, range(1, 6), 1)',
          'functools.reduce(operator.add, [1], 2, 3)', 'functools.reduce', 'functools.reduce.__module__',
          'functools.reduce(operator.add, [[1]], None)', 'functools.reduce(operator.mul, (x for x in range(1, 8)))',
          'sorted([(2, "b"), (1, "z"), (2, "a")], key=operator.itemgetter(0))']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
