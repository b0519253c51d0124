# del on names, list items, slices and dict keys, and the errors that follow.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = list(range(10))
del items[0]
del items[-1]
print(items)
del items[2:4]
print(items)
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
a, b = 1, 2
del a, b
for name in ["a", "b"]:
    try:
        if name == "a":
            print(a)
        else:
            print(b)
    except NameError as e:
        print("deleted:", e)


def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(local_del())
nested = {"outer": {"inner": 1, "keep": 2}}
del nested["outer"]["inner"]
print(nested)
