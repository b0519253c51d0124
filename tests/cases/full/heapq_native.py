# heapq's native operations: layouts, comparison order, errors.
import heapq
import random

random.seed(3)
for n in (0, 1, 2, 7, 100, 3000):
    data = [random.randrange(50) for _ in range(n)]
    h = list(data)
    heapq.heapify(h)
    pushed = []
    for v in data:
        heapq.heappush(pushed, v)
    out = [heapq.heappop(h) for _ in range(len(h))]
    print(n, out == sorted(data), pushed[:12], sum(pushed))
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h, heapq.heapreplace(h, 7), h, heapq.heappushpop(h, 0), heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 4))
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(heapq.nsmallest(3, [5, 2, 8, 1]), heapq.nlargest(2, 'hello'))

tests = ['heapq.heappush(5, 1)', 'heapq.heappop(5)', 'heapq.heapify(5)', 'heapq.heappush()', 'heapq.heappop()',
         'heapq.heappop([])', 'heapq.heapreplace([], 1)', 'heapq.heappush([1], 1, 2)', 'heapq.heappush(h=[], item=1)',
         'heapq.heappush([1, 2], "a")', 'heapq.heapify((1, 2))', 'heapq.heappush', 'heapq.heapify([3, None, 1])']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)


class Loud:
    calls = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Loud.calls.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'L%d' % self.v


h = [Loud(v) for v in [9, 4, 7, 1, 8, 2]]
heapq.heapify(h)
heapq.heappush(h, Loud(3))
print(heapq.heappop(h), heapq.heappushpop(h, Loud(5)), h)
print(Loud.calls)


class Shrinker:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v

    def __lt__(self, other):
        self.heap.clear()
        return True


h = []
h.extend(Shrinker(h, v) for v in range(5))
try:
    heapq.heapify(h)
except RuntimeError as e:
    print('RuntimeError', e)


class MyList(list):
    pass


ml = MyList([4, 2, 6, 1])
heapq.heapify(ml)
heapq.heappush(ml, 0)
print(ml, type(ml).__name__, heapq.heappop(ml))
