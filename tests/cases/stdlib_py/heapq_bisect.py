# heapq and bisect: heap layout after every operation, merge, nlargest/nsmallest ties, bisect bounds and key=.
import heapq
import bisect
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, merge, nlargest, nsmallest

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    heappush(h, v)
    print(h)
print([heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, -2, 6, 5, 8, 0, 3]
heapify(data)
print(data, heapreplace(data, 10), data, heappushpop(data, -5), heappushpop(data, 4), data)
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heappush(tasks, (prio, name))
print([heappop(tasks) for _ in range(4)])
print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([9, 5, 1], [8, 5, 2], reverse=True)), list(merge()), list(merge([], [1])))
print(list(merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))
print(list(merge([(2, 'a'), (1, 'a')], [(2, 'b'), (1, 'b')], key=lambda t: t[0], reverse=True)))
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'plum', 'banana', 'lime']
print(nlargest(3, words, key=len), nsmallest(3, words, key=len), nlargest(2, [5, 1, 5, 3]), nsmallest(1, []))
print(nsmallest(4, range(100, 0, -7)), nlargest(4, iter(range(1000))), nlargest(10, [3, 1]), nsmallest(0, [1]))
print(nlargest(1, words, key=len), nsmallest(1, words, key=len), nsmallest(5, [2, 2.0, 1, 1.0, 2, 1]))

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3))
for v in [5, 0, 4, 9]:
    bisect.insort(a, v)
bisect.insort_left(a, 4.0)
print(a)
grades = [(60, 'D'), (70, 'C'), (80, 'B'), (90, 'A')]
print([grades[bisect.bisect([g[0] for g in grades], s) - 1][1] if s >= 60 else 'F' for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
print(recs)
for bad in [lambda: heappush(1, 2), lambda: heapify(1), lambda: heappop(()), lambda: heappop([]), lambda: heapreplace([], 1),
            lambda: heappushpop(3, 1), lambda: bisect.bisect([], 1, -1), lambda: bisect.insort(3, 1), lambda: nsmallest(2, 5),
            lambda: heappush([1], 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
