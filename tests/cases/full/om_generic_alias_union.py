# list[int] is a types.GenericAlias, int | str a types.UnionType (isinstance
# and issubclass accept it), __mro_entries__/__orig_bases__, metaclass
# __instancecheck__/__subclasscheck__ and operators defined on a metaclass.
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(list[int]([1,2]), list[int] == list[int], list[int].__origin__, list[int].__args__)
print(int | str, int | None, (int | str).__args__, int | int, int | str | int)
print(isinstance(3, int | str), isinstance("a", int | None), issubclass(bool, int | str))
print(list[int] | None, None | int)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int | "str"
except TypeError as e:
    print(e)
class A: pass
try:
    A[int]
except TypeError as e:
    print(e)
class B(list[int]): pass
print(B.__bases__, B.__orig_bases__, B([1]))
import types
print(type(int | str).__name__, type(list[int]).__name__)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
    def __add__(cls, other):
        return "added"
class M(metaclass=Meta): pass
print(isinstance(42, M), isinstance(41, M), issubclass(int, M), issubclass(str, M), M + 1)
print(isinstance(M(), M))
