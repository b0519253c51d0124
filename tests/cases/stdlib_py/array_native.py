# array.array (native): construction and conversions with CPython's errors for
# every typecode, subscripts and slice assignment, comparisons (NaN items
# are not equal to themselves), + * += *=, copies, pickling, subclasses.
from array import array

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: array('i', [1.5]))
t(lambda: array('d', ['x']))
t(lambda: array('d', [None]))
t(lambda: array('b', [2**70]))
t(lambda: array('q', [2**70]))
t(lambda: array('Q', [2**70]))
t(lambda: array('Q', [-1]))
t(lambda: array('L', [2**70]))
t(lambda: array('l', [-2**70]))
t(lambda: array('I', [2**40]))
t(lambda: array('u', ['ab']))
t(lambda: array('u', [1]))
t(lambda: array('d', 'ab'))
t(lambda: array(1))
t(lambda: array('dd'))
t(lambda: array('x'))
t(lambda: array())
t(lambda: array('d', [1], 3))
t(lambda: array('d', typecode='d'))
t(lambda: array('d', 5))
t(lambda: array('d', (x for x in [1,2])))
t(lambda: array('d', b'\0'*8))
t(lambda: array('d', array('i', [1, 2])))
t(lambda: array('u', array('i', [1, 2])))
t(lambda: array('i', array('d', [1, 2])))
t(lambda: array('d', [1]) + [1])
t(lambda: array('d', [1]) * 'a')
t(lambda: array('d', [1]) < [1])
t(lambda: array('d', [1]) < array('i', [2]))
t(lambda: array('d', [1, 2]) == array('i', [1, 2]))
t(lambda: array('d', [1])['a'])
t(lambda: array('d', [1])[5])
t(lambda: array('d', [1]).pop(5))
t(lambda: array('d').pop())
t(lambda: array('d', [1]).index(5))
t(lambda: array('d', [1]).remove(5))
t(lambda: array('d', [1]).fromlist((1,)))
t(lambda: array('d', [1]).extend(array('i')))
t(lambda: array('d', [1]).extend(3))
t(lambda: hash(array('d')))
t(lambda: array('d', [1]).tounicode())
t(lambda: array('i', [1]).__setitem__(slice(0, 1), [1]))
t(lambda: array('i', [1]).__setitem__(slice(0, 3, 2), array('i', [1, 2])))
t(lambda: array('i', [1]).insert('a', 1))
t(lambda: array('i', [1]).count())
t(lambda: array('i', [1]).append())
t(lambda: array('i', [1]).xyz)
t(lambda: array.__module__)
t(lambda: array.__name__)
t(lambda: array.__qualname__)
t(lambda: type(array('i')))
t(lambda: array('i', [1]).frombytes(b'123'))
t(lambda: array('d', [1.5]) == [1.5])
t(lambda: array('d', [1.5]) * -1)
for tc, lo, hi in [("b",-128,127),("B",0,255),("h",-2**15,2**15-1),("H",0,2**16-1),("i",-2**31,2**31-1),("I",0,2**32-1),("l",-2**63,2**63-1),("L",0,2**64-1),("q",-2**63,2**63-1),("Q",0,2**64-1)]:
    for v in (lo-1, hi+1, -2**70, 2**70, lo, hi):
        print(tc, v, end=' ')
        t(lambda: array(tc, [v])[0])
t(lambda: array('i', ['a']))
t(lambda: array('d', [2**2000]))
t(lambda: array('f', [1e300]))
class I:
    def __index__(self): return 3
class Fl:
    def __float__(self): return 2.5
t(lambda: array('i', [I()]))
t(lambda: array('d', [I()]))
t(lambda: array('d', [Fl()]))
t(lambda: array('i', [Fl()]))
t(lambda: array('i', [1]) + array('d'))
a = array('i', [1]); 
def iadd(): 
    global a
    a += [1]
t(iadd)
def imul(): 
    global a
    a *= 'x'
t(imul)
t(lambda: array('i',[1,2,3])[I()])
t(lambda: array('i',[1,2,3])[2**70])
t(lambda: array('i',[1,2,3]).pop(2**70))
t(lambda: array('d', array('u', 'ab')))
t(lambda: array('u', array('u', 'ab')))
t(lambda: array('i', [1,2,3]).index(2, 2))
t(lambda: array('i', [1,2,3]).index(3, -1))
t(lambda: array('i', [1,2,3]).index(3, 0, 2))
t(lambda: array('i', [1,2,3]).insert(-10, 5))
t(lambda: array('i', [1,2,3]).insert(10, 5))
t(lambda: array('i', [1,2,3]).buffer_info()[1])
t(lambda: array('f', [1.5]).itemsize)
t(lambda: array('i', [1, 2]) * 0)
t(lambda: 3 * array('i', [1, 2]))
t(lambda: array('i', [1, 2]) * True)
t(lambda: list(reversed(array('i', [1, 2]))))
t(lambda: sorted(array('d', [3, 1, 2])))
t(lambda: array('i', [1, 2]).__contains__('a'))
t(lambda: 1.0 in array('i', [1, 2]))
t(lambda: array('i', [1, 2]) == array('i', [1, 2]))
t(lambda: array('d', [float('nan')]) == array('d', [float('nan')]))
t(lambda: array('i', [1, 2]) <= array('i', [1, 2]))
t(lambda: array('i', [1, 2]) > array('i', [1]))
t(lambda: array('i', [1, 2]) >= array('i', [1,3]))
t(lambda: bool(array('i')))
t(lambda: str(array('u', 'a\'b"')))
t(lambda: array('i', range(5))[::2])
t(lambda: array('i', range(5))[-2:])
def sl():
    a = array('i', range(6)); a[1:3] = array('i', [9, 9, 9]); a[::2] = array('i', [0,0,0,0]); return a
t(sl)
def sl2():
    a = array('i', range(6)); a[::2] = array('i', [7,7,7]); del a[::3]; del a[0:1]; return a
t(sl2)
def sl3():
    a = array('i', range(6)); a[1:3] = array('d', [1]); return a
t(sl3)
def it():
    a = array('i', [1,2]); out = []
    for x in a:
        out.append(x)
        if len(a) < 4: a.append(x*10)
    return out
t(it)
import copy, pickle
a = array('d', [1.5, 2])
b = copy.copy(a); b[0] = 7; print(a, b)
c = copy.deepcopy(a); print(c, c == a, c is a)
print(pickle.loads(pickle.dumps(a)))
print(pickle.loads(pickle.dumps(array('u', 'hi'), 2)))
class A(array):
    def extra(self): return len(self) * 2
s = A('i', [1, 2])
print(s, s.extra(), type(s[:1]).__name__, isinstance(s, array), type(s + s).__name__)
a = array('H', [1, 256]); a.byteswap(); print(a)
a = array('u', 'ab'); a.fromunicode('cd'); print(a, a.tounicode())
t(lambda: array('i').fromunicode('x'))
t(lambda: array('q', [5]).tolist())
t(lambda: array('b', [1, 2]).tobytes())
t(lambda: len(array('d', [1, 2, 3])))
t(lambda: array('d').append.__name__)
t(lambda: array('d', [1]).__class__)
t(lambda: array.__doc__[:20])
# Items changed in place through every path the VM takes (exact class,
# subclass, explicit dunder calls), and list-like methods.
class Sub(array):
    def __getitem__(self, i):
        return "sub"
s = Sub("d", [1.0])
print(s[0], array.__getitem__(s, 0), s.tolist())
b = array("b", [1, 2, 3])
b[0] = -128
b[-1] = True
b.__setitem__(1, 5)
print(b, b.pop(0), b, b.index(5), b.count(1))
for v in (128, 1.0, "x"):
    try:
        b[0] = v
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[5] = "x"
except IndexError as e:
    print("IndexError", e)
q = array("Q", [2**64 - 1, 0])
print(q[0], q, q.tobytes())
w = array("d", [0.5]) * 3
w[1] = 2
w[2] = 3.5
print(w, w.buffer_info()[1], list(reversed(w)), sum(w), max(w), w[:0])
w.fromlist([1, 2])
try:
    w.fromlist([3, "x"])
except TypeError as e:
    print("TypeError", e)
w.extend((7, 8))
try:
    w.extend([9, "y"])
except TypeError as e:
    print("TypeError", e)
print(w, len(w))
for call in (lambda: array("i").insert(1), lambda: array("i", [1]).pop(1, 2), lambda: array("i").index(),
             lambda: array("i").tolist(1), lambda: array("i").reverse(1), lambda: array("i", [1]).index(1, 0, 1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
# Threads appending to and rewriting one array: every item arrives whole.
import threading
shared = array("q")
def work(k):
    for n in range(2000):
        shared.append(k)
        shared[n % len(shared)] = k
threads = [threading.Thread(target=work, args=(k,)) for k in (1, 2)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(shared), set(shared) <= {1, 2}, shared.count(0))
