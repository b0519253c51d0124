# bytes/bytearray translate and maketrans, builtin functions' __module__,
# and CPython's errors for bad bases and unsafe __new__ calls.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for f in [
    lambda: b"abc".translate(bytes.maketrans(b"ab", b"xy")), lambda: b"abc".translate(None, b"b"),
    lambda: bytearray(b"abc").translate(bytes.maketrans(b"a", b"z"), b"c"),
    lambda: bytearray.maketrans(b"a", b"b")[97:99], lambda: bytes.maketrans(b"ab", b"x"),
    lambda: bytes.maketrans(memoryview(b"a"), bytearray(b"b"))[97], lambda: b"abc".translate(b"x"),
    lambda: b"abc".translate(None, delete=b"a"), lambda: b"abc".translate("x" * 256),
    lambda: b"abc".translate(1), lambda: b"abc".translate(None, "a"), lambda: bytes.maketrans("a", b"b"),
    lambda: bytes.maketrans(b"a"), lambda: b"abc".translate(bytearray(range(256))),
    lambda: b"abc".translate(), lambda: b"abc".translate(None, b"", 3),
    lambda: bytearray(b"abc").translate(None, delete=b"b"), lambda: len(bytes.maketrans(b"", b"")),
]:
    show(f)

print(len.__module__, print.__module__, abs.__module__, [].append.__module__, {}.get.__module__)

next_map = map(int, ["1"])
show(lambda: next(next_map))
show(lambda: next(next_map))
show(lambda: next(map(str, [])))
show(lambda: next(iter([]), 5))


class A:
    pass


class MI(int):
    pass


class MJ(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)


class MK(MJ):
    pass


class T(tuple):
    def __new__(cls, *a):
        return tuple.__new__(cls, a)


def class_statement_bad_base():
    class X(1):
        pass


def class_statement_instance_base():
    class X(A()):
        pass


for f in [
    lambda: type("X", (1,), {}), lambda: type("X", (A(),), {}), lambda: type("X", (A, 1), {}),
    lambda: type("X", [A], {}), lambda: type("X", (int, str), {}), lambda: type("X", (A, A), {}),
    class_statement_bad_base, class_statement_instance_base,
    lambda: object.__new__(int), lambda: object.__new__(1), lambda: object.__new__(list),
    lambda: int.__new__(str), lambda: object.__new__(), lambda: list.__new__(dict),
    lambda: int.__new__(MI, 5), lambda: int.__new__(int, 5), lambda: object.__new__(MI),
    lambda: object.__new__(MK), lambda: MK(3), lambda: int.__new__(list), lambda: int.__new__(1),
    lambda: int.__new__(), lambda: int.__new__(A), lambda: list.__new__(list, 1, 2, 3),
    lambda: float.__new__(bool), lambda: int.__new__(bool), lambda: str.__new__(MI),
    lambda: type(object.__new__(A)).__name__, lambda: object.__new__(A, 1), lambda: T(1, 2),
    lambda: dict.__new__(dict), lambda: set.__new__(set), lambda: frozenset.__new__(frozenset, [1]),
    lambda: complex.__new__(complex, 1, 2), lambda: bytes.__new__(bytes, b"a"),
    lambda: bytearray.__new__(bytearray), lambda: float.__new__(float, "1.5"),
]:
    show(f)
