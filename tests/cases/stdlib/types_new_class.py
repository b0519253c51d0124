# types.new_class, prepare_class and resolve_bases make a class as a class
# statement would: __prepare__, keywords, __mro_entries__, metaclass conflicts.
import types
print(types.MappingProxyType, types.CodeType, types.CellType, types.GenericAlias, types.UnionType, types.MemberDescriptorType)
class Meta(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        print("prepare", name, bases, kw); return {"pre": 1}
    def __new__(m, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
C = types.new_class("C", (), {"metaclass": Meta, "flag": 2}, lambda ns: ns.update(x=5))
print(C, C.x, C.pre, type(C))
class Entry:
    def __mro_entries__(self, bases): return (dict,)
D = types.new_class("D", (Entry(),))
print(D.__name__, D.__mro__[1:], D.__orig_bases__[0].__class__.__name__, types.resolve_bases((int, Entry())))
print(types.prepare_class("E", (C,), {"flag": 1}))
try: types.new_class("F", (object,), dict(metaclass=Meta, otherarg=1)); print("ok")
except TypeError as e: print(e)
class Other(type): pass
class O(metaclass=Other): pass
try: types.new_class("G", (C, O))
except TypeError as e: print(e)
