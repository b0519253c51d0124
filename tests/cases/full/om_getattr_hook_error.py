# An AttributeError raised inside a user __getattr__ propagates with its own
# message; hasattr and getattr(default) still treat it as missing.
class Q:
    def __getattr__(self, name):
        if name.startswith("ok_"):
            return name[3:]
        raise AttributeError(f"no dynamic attribute {name!r} here")


q = Q()
print(q.ok_value)
try:
    q.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(q, "other", "default"), hasattr(q, "x"), hasattr(q, "ok_y"))


class R:
    def __getattr__(self, name):
        raise KeyError(name)


try:
    R().k
except KeyError as e:
    print("KeyError:", e)
q.missing_at_end
