# None: returned by functions without return, by list/dict mutators, used as
# a sentinel, compared with is, printed and stored in containers.
def nothing():
    pass


result = nothing()
print(result, repr(result), str(result), result is None, result == None, bool(result))
print([].append(1), [3, 1].sort(), {}.clear(), [1].reverse(), [1].insert(0, 0), [1].extend([]), print("inner"))
print({"a": None}, [None, None], (None,), {None: "key"}[None])
values = [3, None, 0, None, 5]
print([v for v in values if v is not None], [v for v in values if v], values.count(None), values.index(None))


def find(items, target, default=None):
    for item in items:
        if item == target:
            return item
    return default


print(find([1, 2], 2), find([1, 2], 3), find([1, 2], 3, "missing"))
x = None
if x is None:
    x = "initialised"
print(x)
print(None is None, None == 0, None != False, not None, str(None) == "None", [None] == [None])
d = {"k": None}
print(d.get("k"), d.get("absent"), "k" in d, d.get("k", "default"), d.get("absent", "default"))
