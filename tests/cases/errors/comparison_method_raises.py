# An exception raised inside a comparison method that the eval loop ran in place.
# expect-error: line 8: ZeroDivisionError: division by zero
class Score:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n / other.n < 1


def worse(a, b):
    return a < b


print(worse(Score(1), Score(2)))
print(worse(Score(1), Score(0)))
