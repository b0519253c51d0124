# range.index and range.count: arithmetic for ints and bools, a search by
# == for other values, and CPython's errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: range(10).index(3))
t(lambda: range(10).index(30))
t(lambda: range(0, 10, 2).count(4))
t(lambda: range(0, 10, 2).count(5))
t(lambda: range(10).index("a"))
t(lambda: range(10).count("a"))
t(lambda: range(10).index(1, 2))
t(lambda: range(10).index())
t(lambda: range(10).count())
t(lambda: range(10).index(3.0))
t(lambda: range(10).count(3.0))
t(lambda: range(10).index(True))
t(lambda: range(10, 0, -3).index(4))
t(lambda: range(10, 0, -3).index(5))
t(lambda: range(10, 0, -3).count(1))
t(lambda: range(10).index(-1))
t(lambda: range(0).index(10**30))
t(lambda: range(5).count(10**30))
t(lambda: range.index(1, 2))
t(lambda: range(5).count(x=1))


class Eq:
    def __eq__(self, other):
        return other == 4


t(lambda: range(10).index(Eq()))
t(lambda: range(10).count(Eq()))
