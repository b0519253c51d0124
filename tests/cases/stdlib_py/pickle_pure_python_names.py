# pickle's pure-Python names, which pyperformance's pickle_pure_python and
# unpickle_pure_python benchmarks use in place of the C ones: _Pickler,
# _Unpickler, _dump(s) and _load(s) write and read the same bytes as
# dumps and loads.
import io
import pickle

data = {"ints": [1, -2, 2**70], "floats": (1.5, float("inf")), "text": "h\u00e9llo",
        "bytes": b"\x00\xff", "none": None, "nested": [{"a": (1, 2)}, set(), frozenset({3})]}
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    fast = pickle.dumps(data, protocol)
    pure = pickle._dumps(data, protocol)
    assert pure == fast, protocol
    assert pickle._loads(pure) == data == pickle.loads(pure)
    f = io.BytesIO()
    pickle._Pickler(f, protocol).dump(data)
    assert f.getvalue() == fast
    assert pickle._Unpickler(io.BytesIO(fast)).load() == data
    f = io.BytesIO()
    pickle._dump(data, f, protocol)
    f.seek(0)
    assert pickle._load(f) == data
print("same bytes for protocols 0 to", pickle.HIGHEST_PROTOCOL)
print(issubclass(pickle._Pickler, object), pickle._loads(pickle._dumps([1, "a"], 2)))
try:
    pickle._loads("not bytes")
except TypeError as e:
    print("TypeError:", e)
