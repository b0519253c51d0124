# Ellipsis and NotImplemented: their own __repr__ and __reduce__ (what copy
# and pickle use), calling their types, and the descriptor errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: Ellipsis.__reduce__())
t(lambda: NotImplemented.__reduce__())
t(lambda: Ellipsis.__repr__())
t(lambda: NotImplemented.__repr__())
t(lambda: type(Ellipsis).__reduce__(Ellipsis))
t(lambda: type(Ellipsis)() is Ellipsis)
t(lambda: type(NotImplemented)() is NotImplemented)
t(lambda: type(Ellipsis).__reduce__(1))
t(lambda: type(NotImplemented).__reduce__(1))
t(lambda: type(Ellipsis).__repr__(1))
t(lambda: Ellipsis.__reduce__(1))
t(lambda: Ellipsis.__repr__(1))
t(lambda: type(Ellipsis)(1))
t(lambda: type(Ellipsis).__reduce__())
print(repr(...), str(...), [..., NotImplemented])
