# operator: function forms, in-place forms, itemgetter/attrgetter/methodcaller and their reprs and errors.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.inv(5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(64, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth('x'), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains('abc', 'b'), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(operator.getitem(d, 'b'), d)
operator.delitem(d, 'a')
print(d, operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(object(), 5))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(1, 2), operator.imul('a', 3), operator.isub(5, 1), operator.ipow(2, 3))
print(operator.iconcat([1], (2,)), operator.ior({1}, {2}), operator.itruediv(1, 4), operator.ifloordiv(9, 2))
print(operator.call(max, 1, 5, 3), operator.__add__(1, 1), operator.__getitem__('abc', 1))

rows = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(rows, key=itemgetter(1)), list(map(itemgetter(0, 2), rows)))
print(itemgetter(1), itemgetter('a', 'b'), itemgetter(slice(1, 3))('abcd'))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self if x == 0 else None

    def scaled(self, k, offset=0):
        return (self.x * k + offset, self.y * k + offset)


pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print([p.x for p in sorted(pts, key=attrgetter('x'))], attrgetter('x', 'y')(pts[0]), attrgetter('inner.inner.x')(Point(0, 9)))
print(attrgetter('x'), attrgetter('x', 'y.z'))
print(methodcaller('scaled', 2)(pts[0]), methodcaller('scaled', 2, offset=1)(pts[1]), methodcaller('upper')('abc'))
print(methodcaller('scaled', 2, offset=1), methodcaller('strip'))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))

for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: methodcaller(3),
            lambda: operator.index(1.5), lambda: operator.indexOf([1], 2), lambda: operator.concat(1, 2),
            lambda: operator.add(1, 'a'), lambda: itemgetter(5)('abc'), lambda: attrgetter('nope')(pts[0]),
            lambda: operator.truediv(1, 0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
