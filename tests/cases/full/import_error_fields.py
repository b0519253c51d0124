# ImportError's name/path/msg: from keywords, defaults, the import system's own errors; keyword
# arguments refused by other exception classes with CPython's words.
for f in [lambda: ModuleNotFoundError(bogus=1), lambda: ValueError(x=1), lambda: ImportError('a', 'b', name='n'), lambda: KeyError(k=2),
          lambda: ImportError("boom", name="mod", path="/p"), lambda: ModuleNotFoundError("x")]:
    try:
        e = f()
        print('ok', repr(e), e.args, e.name, e.msg, e.path)
    except TypeError as x:
        print(x)
class MyIE(ImportError): pass
m = MyIE('z', name='q'); print(m.name, m.msg, m.path, str(m))
class Own(ImportError):
    def __init__(self, a, name=None):
        super().__init__(a)
        self.extra = name
o = Own("v", name="w"); print(o.name, o.extra, o.msg)
class E(ValueError): pass
try: E(x=1)
except TypeError as x: print(x)
try:
    import nosuchthing
except ImportError as e3:
    print(e3.name, e3.path, e3.msg)
try:
    import nosuch.deeper
except ImportError as e3:
    print(e3.name, e3.msg)
try:
    from json import nosuchname
except ImportError as e4:
    print(e4.name, e4.path is not None, e4.msg.split(" (")[0])
try:
    import os.path.nothing
except ImportError as e5:
    print(type(e5).__name__, e5.name)
