# AttributeError carries .name and .obj, NameError (and UnboundLocalError)
# .name, as CPython 3.11 sets them; both take them as keywords too.
class Box:
    def __repr__(self):
        return "Box()"


box = Box()
try:
    box.missing
except AttributeError as e:
    print(e.name, e.obj is box, e.args)

try:
    getattr(42, "nope")
except AttributeError as e:
    print(e.name, e.obj)

try:
    undefined_name
except NameError as e:
    print(e.name, e.args)

plain = AttributeError("made by hand")
print(plain.name, plain.obj, NameError("x").name)
made = AttributeError("m", name="attr", obj=box)
print(made.name, made.obj, made.args)
print(NameError("n", name="spam").name, ImportError("i", name="mod", path="/p").path)

for cls, kwargs in ((AttributeError, {"other": 1}), (NameError, {"obj": 1}), (ValueError, {"name": 1})):
    try:
        cls("x", **kwargs)
    except TypeError as e:
        print(e)


def unbound():
    print(value)
    value = 1


try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e.name)
