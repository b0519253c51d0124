# More positional sub-patterns than __match_args__ names: TypeError when the case is tried.
# expect-error: line 11: TypeError: Point() accepts 2 positional sub-patterns (3 given)
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

match Point(1, 2):
    case Point(0, 0):
        print("not reached")
    case Point(1, 2, 3):
        print("not reached")
