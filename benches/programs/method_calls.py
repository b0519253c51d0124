# Benchmark: method calls and attribute access on user objects (the
# object-oriented core of most programs): bound methods, inherited
# methods, properties and super() calls.


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by):
        self.count += by
        return self

    @property
    def doubled(self):
        return self.count * 2


class LoudCounter(Counter):
    def bump(self, by):
        super().bump(by)
        return self


def drive(c, n):
    total = 0
    for i in range(n):
        c.bump(1).bump(2)
        total += c.doubled
    return total


print(drive(Counter(), 600000), drive(LoudCounter(), 600000))
