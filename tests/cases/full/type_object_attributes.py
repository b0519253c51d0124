# Attributes of classes themselves: built-in types refuse changes, a body's
# __qualname__ names the class, __subclasses__, __prepare__, and the types
# of built-in methods.

for stmt in [
    "int.foo = 1",
    "del int.foo",
    "del int.__qualname__",
    "object.__module__ = 'elsewhere'",
    "ValueError.extra = 1",
    "class A: pass\ndel A.__qualname__",
    "class A: pass\nA.__qualname__ = 5",
    "class A: pass\nA.__name__ = 5",
    "class A: pass\ndel A.__name__",
    "class A:\n    __qualname__ = 5",
]:
    try:
        exec(stmt)
        print("accepted:", stmt.replace("\n", " | "))
    except TypeError as e:
        print("TypeError:", e)


class Outer:
    class Inner:
        __qualname__ = "Renamed"
        __module__ = "elsewhere"


print(Outer.Inner, Outer.Inner.__qualname__, "__qualname__" in Outer.Inner.__dict__)


class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Both(Left, Right):
    pass


Left.__qualname__ = "LeftRenamed"
print(Base.__subclasses__(), Left.__subclasses__(), Both.__subclasses__())
print(Both.__qualname__, Both.__name__, Left.__qualname__)
print(type.__prepare__(), type.__prepare__("X", (int,), flag=True), int.__prepare__())
print(bool in int.__subclasses__(), type(str.replace), type([].append), type(len))
print(str.replace.__qualname__, dict.fromkeys.__qualname__, object.__init_subclass__.__qualname__)
print(object.__new__.__qualname__, type.__new__.__qualname__, [].append.__qualname__)

p = property(lambda obj: obj[0], lambda obj, v: print("set", v), lambda obj: print("deleted"))
print(p.__get__((7,), tuple), p.__get__(None, tuple) is p)
p.__set__([1], 5)
kept = p.getter(len)
print(kept.fget is len, kept.fset is p.fset, kept.fdel is p.fdel)
empty = property()
for call in (lambda: empty.__get__(3), lambda: empty.__set__(3, 1)):
    try:
        call()
    except AttributeError as e:
        print("AttributeError:", e)
