# bisect/insort: results, argument handling and errors, user __lt__ calls.
import bisect

tests = ['bisect.bisect_right()', 'bisect.bisect_right([1])', 'bisect.bisect_right([1],1,2,3,4)',
         'bisect.bisect_right([1],1,-1)', 'bisect.bisect_right([1],1,lo="a")', 'bisect.bisect_right([1],1,hi=None)',
         'bisect.bisect_right([1,2,3],2,hi=-5)', 'bisect.bisect_right(a=[1,2,3],x=2)', 'bisect.bisect_right([1],1,foo=2)',
         'bisect.bisect_right([1],1,key=None)', 'bisect.bisect_right(5, 1)', 'bisect.bisect_right([1,2],"a")',
         'bisect.insort(5,1)', 'bisect.bisect_right([1],1,1,1,key=len)', 'bisect.bisect_left([1,2,2,3],2,1)',
         'bisect.bisect_left([1,2,2,3],2,0,10)', 'bisect.bisect_right((1,2,3),2.5)', 'bisect.bisect_right("abc","b")',
         'bisect.bisect_right([1], 1, None)', 'bisect.bisect_right([1,2,3], 2, 1.5)', 'bisect.bisect_right([1],1,[1],1)',
         'bisect.bisect', 'bisect.insort_left', 'bisect.bisect_right([1],1,2**70)',
         'bisect.bisect_left([1], 1, lo=0, a=[1])', 'bisect.bisect_left(range(0, 100, 3), 50)',
         'bisect.bisect_right([(1, "a"), (2, "b"), (3, "c")], 2, key=lambda p: p[0])']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)

data = [1, 3, 3, 3, 7, 9]
print([bisect.bisect_left(data, v) for v in range(11)])
print([bisect.bisect_right(data, v) for v in range(11)])
print([bisect.bisect(data, v, 2, 5) for v in range(11)])
items = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(items, v)
print(items)
pairs = []
for name, n in [('b', 2), ('a', 1), ('c', 3), ('a2', 1)]:
    bisect.insort_left(pairs, (name, n), key=lambda p: p[1])
    bisect.insort_right(pairs, (name.upper(), n), key=lambda p: p[1])
print(pairs)


class Loud:
    calls = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Loud.calls.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return 'L%d' % self.v


row = [Loud(i) for i in range(0, 20, 2)]
print(bisect.bisect_left(row, Loud(7)), bisect.bisect_right(row, Loud(8)))
print(Loud.calls)


class Shelf(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)


s = Shelf([1, 2, 4])
bisect.insort(s, 3)
print(s)


class Seq:
    def __len__(self):
        return 5

    def __getitem__(self, i):
        print('get', i)
        return i * 10


print(bisect.bisect_left(Seq(), 25))
