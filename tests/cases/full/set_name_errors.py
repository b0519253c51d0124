# An exception from __set_name__ during class creation is wrapped in a
# RuntimeError naming the attribute and class, with the original as cause.
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)


try:

    class User:
        first = 1
        x = Bad()

except RuntimeError as e:
    print(type(e).__name__, e)
    print(repr(e.__cause__), e.__suppress_context__)


class Good:
    def __set_name__(self, owner, name):
        self.where = (owner.__name__, name)


class Owner:
    attr = Good()


print(Owner.attr.where)
