# collections.deque: both ends, maxlen, rotate, indexing, insert/remove/index/count, comparisons, copies, errors.
from collections import deque
import copy

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], bool(d), bool(deque()))
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d, d.pop(), d.popleft() if d else 'empty', d)
d = deque()
for i in range(20):
    if i % 3 == 0:
        d.appendleft(i)
    else:
        d.append(i)
print(d, [d[i] for i in range(0, 20, 4)], d[-20])
out = []
while d:
    out.append(d.popleft() if len(d) % 2 else d.pop())
print(out)
d = deque('abcdefg')
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(15)
print(d, ''.join(d))
d.rotate()
print(d)
ring = deque(range(5))
for _ in range(12):
    ring.rotate(-1)
print(ring)
last3 = deque(maxlen=3)
for x in range(10):
    last3.append(x)
print(last3, last3.maxlen, deque('abcdef', 4), deque([], 0), deque().maxlen)
last3.appendleft('L')
print(last3)
last3.extendleft('XY')
print(last3)
last3.extend('123')
print(last3)
zero = deque(maxlen=0)
zero.append(1)
zero.appendleft(2)
print(zero, len(zero))
d = deque([5, 1, 5, 2, 5])
print(d.count(5), d.index(5), d.index(5, 1), d.index(5, -2), 2 in d, 9 in d)
d.remove(5)
d.insert(1, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
print(d)
d[0] = 'first'
d[-1] = 'last'
del d[1]
print(d, list(reversed(d)))
d.reverse()
print(d)
d.extend([1, 2])
d.extendleft([3, 4])
print(d, d.copy(), copy.copy(d) == d, copy.deepcopy(deque([[1]], 5)))
a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a == deque([1, 2, 3]), a == [1, 2, 3])
print(a + b, a * 2, 2 * a, deque('ab', 3) * 2, a * 0)
a += [9]
a *= 2
print(a)
d = deque([1])
d.append(d)
print(d)
d.clear()
print(d, len(d))
e = deque([1, 2])
e.extend(e)
print(e)
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])[-2],
            lambda: deque([1]).remove(9), lambda: deque([1]).index(9), lambda: deque([1], 1).insert(0, 2),
            lambda: deque(maxlen=-1), lambda: deque([1])[0:1], lambda: deque([1]) + [1], lambda: deque(1),
            lambda: deque([1]).rotate('a'), lambda: deque(maxlen='a'), lambda: deque([1])['a'], lambda: deque([1]) * 'a',
            lambda: deque([1, 2]).index(1, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
