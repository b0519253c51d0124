# Importing by name at run time: __import__ (fromlist, level, its errors) and importlib.import_module.
import importlib
import sys
print(__import__("shapes.geometry").__name__)
print(__import__("shapes.geometry", fromlist=["vectors"]).vectors.__name__)
print(__import__("shapes", fromlist=["square"]).square.__name__)
print(__import__("shapes", fromlist=["*"]).__name__, "shapes.circle" in sys.modules)
g = {"__name__": "shapes.circle", "__package__": "shapes"}
print(__import__("geometry", g, None, (), 1).__name__)
print(__import__("geometry.vectors", g, None, (), 1).__name__)
print(__import__("", g, None, ["square"], 1).__name__)
print(importlib.import_module("shapes.square").__name__)
print(importlib.import_module(".vectors", "shapes.geometry").__name__)
print(importlib.import_module("..circle", "shapes.geometry").__name__)
print(importlib.import_module("shapes.circle", None) is importlib.import_module("shapes.circle"))
for args in [(5,), ("",), ("x", None, None, (), -1), ("x", None, None, (), 1),
             ("x", {}, None, (), 1), ("no_such_module",), ("shapes.nope",)]:
    try:
        print(__import__(*args))
    except Exception as e:
        print(type(e).__name__, e)
for name in ["", ".x", "nope.x"]:
    try:
        print(importlib.import_module(name))
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("shapes", fromlist=["nope"]).nope
except AttributeError as e:
    print("AttributeError", e)
