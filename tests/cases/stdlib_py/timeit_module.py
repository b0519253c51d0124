# timeit: string and callable statements, setup, globals=, repeat, Timer,
# and the errors for a bad statement (timings themselves are not printed).
import timeit
n = 0
def f():
    global n
    n += 1
print(timeit.timeit(f, number=100) >= 0, n)
t = timeit.timeit("x = sum(range(10))", number=1000)
print(type(t).__name__, t > 0)
counter = [0]
t = timeit.timeit("counter[0] += 1", number=50, globals=globals())
print(counter)
r = timeit.repeat("y = a * 2", setup="a = 21", repeat=3, number=10)
print(len(r), all(v >= 0 for v in r))
tm = timeit.Timer("for i in range(3):\n    z = i", "import math")
print(tm.timeit(number=5) >= 0)
print(timeit.default_timer() > 0)
try:
    timeit.timeit("x = ", number=1)
except SyntaxError as e:
    print("SyntaxError")
try:
    timeit.Timer(5)
except ValueError as e:
    print(e)
