# The native deque methods (append, appendleft, pop, popleft, __len__,
# __bool__): maxlen, errors, iteration after a mutation, subclasses.
from collections import deque
import threading
d = deque([1, 2, 3], maxlen=3)
d.append(4); d.appendleft(0); print(d, len(d), bool(d))
d = deque(maxlen=0); d.append(1); d.appendleft(2); print(d, len(d), bool(d))
d = deque(maxlen=True); d.append(1); d.append(2); print(d)
d = deque()
for f in (d.pop, d.popleft):
    try: f()
    except IndexError as e: print("IndexError", e)
for bad in (lambda: d.append(), lambda: d.append(1, 2), lambda: d.pop(1), lambda: d.popleft(x=1), lambda: d.append(x=1),
            lambda: deque.append(5, 1), lambda: deque.popleft([]), lambda: deque.__len__(3), lambda: deque.append()):
    try: bad()
    except TypeError as e: print("TypeError", e)
d = deque(range(10))
out = []
while d:
    out.append(d.popleft())
    if len(out) % 3 == 0 and d: out.append(d.pop())
print(out)
d = deque(range(6)); it = iter(d); next(it); d.append(9)
try: next(it)
except RuntimeError as e: print("RuntimeError", e)
d = deque(range(6)); it = iter(d); next(it); d.popleft()
try: next(it)
except RuntimeError as e: print("RuntimeError", e)
class MyDeque(deque):
    def append(self, x):
        print("MyDeque.append", x)
        super().append(x * 10)
m = MyDeque([1]); m.append(2); m.appendleft(0); print(m, len(m), m.pop(), m.popleft(), m)
class Sized(deque):
    def __len__(self): return 42
s = Sized([1]); print(len(s), bool(s))
d = deque([1, 2, 3], 2); print(d, d.maxlen)
d = deque(); d.appendleft(1); d.appendleft(2); d.append(3); print(d, d.pop(), d.pop(), d.pop(), d)
for i in range(7): d.appendleft(i)
print(d, [d.pop() for _ in range(3)], d)
