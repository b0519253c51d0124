# pickle: CPython's PicklingError/UnpicklingError/TypeError messages, dump/load
# on files, Pickler/Unpickler subclasses (persistent_id, persistent_load,
# find_class, dispatch_table, reducer_override), encoding= for old strings.
import pickle, io, re, threading

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        msg = re.sub(r" at 0x[0-9a-f]+", " at 0x...", str(e))
        print(type(e).__module__, type(e).__name__, msg)

def outer():
    def inner():
        pass
    return inner

class BadReduce:
    def __init__(self, rv):
        self.rv = rv
    def __reduce__(self):
        return self.rv

def gen():
    yield 1

show(pickle.dumps, lambda: 0)
show(pickle.dumps, outer())
show(pickle.dumps, gen())
show(pickle.dumps, threading.Lock())
show(pickle.dumps, BadReduce(5))
show(pickle.dumps, BadReduce((len,)))
show(pickle.dumps, BadReduce((5, ())))
show(pickle.dumps, BadReduce((len, [1])))
show(pickle.dumps, BadReduce((len, (), None, [1])))
show(pickle.dumps, BadReduce((len, (), None, None, 5)))
show(pickle.dumps, BadReduce("nosuchname"))
show(pickle.dumps, 1, 6)
show(pickle.dumps, 1, "x")
for data in [b"", b"N", b"\x80\x04K", b"xyz", b"\xff", b".", b"(.", b"h\x05.", b"\x80\x09N.", b"K\x01K\x02",
             b"cnosuchmodule\nname\n.", b"cbuiltins\nnosuchname\n.", b"\x80\x04\x95\x08\x00\x00\x00\x00\x00\x00\x00K\x01.",
             b"I12\n.", b"I01\n.", b"L123L\n.", b"F1.5\n.", b"S'abc'\n.", b"U\x03abc.", b"Vab\\u20ac\n.", "str", b"t.", b"a."]:
    show(pickle.loads, data)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError), pickle.UnpicklingError.__module__)
print(pickle.dumps([1, 2]) == pickle.dumps([1, 2], protocol=4), pickle.dumps(1, protocol=-1))

buf = io.BytesIO()
pickle.dump({"a": [1, 2]}, buf)
pickle.dump("second", buf, protocol=2)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
show(pickle.load, buf)

class Ref:
    def __init__(self, key):
        self.key = key

class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return "ref:" + obj.key
        return None

class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid.split(":")
        return "loaded:" + key

    def find_class(self, module, name):
        if name == "forbidden":
            raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))
        return super().find_class(module, name)

for proto in (0, 2, 4):
    f = io.BytesIO()
    DBPickler(f, proto).dump([Ref("x"), 1])
    print(f.getvalue())
    f.seek(0)
    print(DBUnpickler(f).load())
try:
    pickle.loads(pickle.dumps(Ref("y")).replace(b"Ref", b"Fer"))
except AttributeError as e:
    print(str(e).split(" on ")[0])
show(DBUnpickler(io.BytesIO(b"cbuiltins\nforbidden\n.")).load)
show(pickle.Unpickler(io.BytesIO(b"\x80\x02X\x01\x00\x00\x00aQ.")).load)

p = pickle.Pickler(io.BytesIO(), 2)
shared = ["s"]
p.dump(shared)
p.dump(shared)
p.clear_memo()

class Custom(pickle.Pickler):
    dispatch_table = {complex: lambda c: (complex, (c.imag, c.real))}
f = io.BytesIO()
Custom(f).dump(1 + 2j)
print(pickle.loads(f.getvalue()))

class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, int) and not isinstance(obj, bool) and obj > 100:
            return (int, (str(obj - 1),))
        return NotImplemented
f = io.BytesIO()
Override(f).dump([5, 500, True])
print(pickle.loads(f.getvalue()))
print(pickle.loads(pickle.dumps(b"bytes" * 3, 0), encoding="bytes"))
print(pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding="latin1"), pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding="bytes"))
