# str(x) returns the object a user __str__ gives back, str subclasses included.
class S(str):
    pass


class WithStr:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value


v = S("abc")
r = str(WithStr(v))
print(r is v, type(r).__name__, r)
r = str(WithStr("plain"))
print(type(r).__name__, r)
for bad in (1, None, b"x"):
    try:
        str(WithStr(bad))
    except TypeError as e:
        print("TypeError:", e)


class Sub(S):
    def __str__(self):
        return S("sub")


r = str(Sub("x"))
print(type(r).__name__, r)
