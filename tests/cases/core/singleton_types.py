# The classes of Ellipsis and NotImplemented: names, and calling them
# returns the singleton.
print(type(...), type(...).__name__)
print(type(NotImplemented), type(NotImplemented).__name__)
print(type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(type(Ellipsis) is type(...), isinstance(..., type(...)))
print(repr(...), repr(NotImplemented))
for t, args in ((type(...), (1,)), (type(NotImplemented), (1, 2))):
    try:
        t(*args)
    except TypeError as e:
        print("TypeError:", e)
