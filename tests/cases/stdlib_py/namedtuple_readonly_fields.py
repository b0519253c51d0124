# namedtuple and typing.NamedTuple fields are read-only with CPython's words
# ("can't set attribute" / "can't delete attribute"); a new attribute fails
# for want of a __dict__; the field descriptor keeps its doc.
from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "x y")


class User(NamedTuple):
    name: str
    age: int = 3


for obj, attr in ((P(1, 2), "x"), (User("a"), "age")):
    try:
        setattr(obj, attr, 5)
    except AttributeError as e:
        print("set:", e)
    try:
        delattr(obj, attr)
    except AttributeError as e:
        print("del:", e)
try:
    P(1, 2).z = 1
except AttributeError as e:
    print(e)
print(P.x.__doc__, User.age.__doc__, P(7, 8).y, User("b").age)
print(User("c")._replace(age=9), P._make([3, 4]))
