# The traceback of an exception raised in an operator method (run in place
# by the eval loop): the caller's line with its carets, then the method's.
import traceback


class Vec:
    def __init__(self, x):
        self.x = x

    def __sub__(self, other):
        if other == 0:
            raise ValueError("nothing to subtract")
        return Vec(self.x - other)


def step(v, by):
    return v - by


try:
    step(Vec(3), 0)
except ValueError:
    print(traceback.format_exc().replace(__file__, "FILE"))
print(step(Vec(3), 1).x)
