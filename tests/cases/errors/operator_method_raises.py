# An exception raised inside an operator method that the eval loop ran in place.
# expect-error: line 8: ZeroDivisionError: float division by zero
class Ratio:
    def __init__(self, n):
        self.n = n

    def __truediv__(self, other):
        return Ratio(self.n / other)


def halve(r):
    return r / 2


print(halve(Ratio(3)).n)
print(halve(Ratio(3)) / 0)
