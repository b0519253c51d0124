# A class's comparisons and operators are its metaclass's: a Python
# metaclass's __eq__, __lt__ and __or__ run, 'type' keeps identity.
class M(type):
    def __eq__(cls, other):
        print("M.__eq__", cls.__name__)
        return True
    __hash__ = type.__hash__
class A(metaclass=M): pass
print(A == int, int == A, A in (str, int), A != int)
class Plain: pass
print(Plain == Plain, Plain == int, Plain != int, int in (str, int), Plain in (str, bytes))
class N(type):
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
class B(metaclass=N): pass
class C(metaclass=N): pass
print(B < C, C < B, B > C, sorted([C, B], key=lambda k: k.__name__) == [B, C])
print(B == B, B != C, B == C)
try:
    print(int < str)
except TypeError as e:
    print("TypeError:", e)
class O(type):
    def __or__(cls, other):
        return "or of " + cls.__name__
class D(metaclass=O): pass
print(D | int)
