# importlib.util: find_spec without importing (None when absent), specs of
# packages, modules, the library and native modules, relative names, the
# errors for a missing parent or a parent that is not a package; loading a
# file by hand with spec_from_file_location + module_from_spec + exec_module;
# types.ModuleType and module reprs; sys.stdlib_module_names.
import importlib.util
import os
import sys
import types


def show(name, package=None):
    spec = importlib.util.find_spec(name, package)
    if spec is None:
        print(name, None)
        return
    origin = spec.origin
    if origin and origin != "built-in":
        origin = os.path.basename(origin)
    print(name, spec.name, repr(spec.parent), spec.submodule_search_locations is not None, origin)


for name in ["shapes", "shapes.circle", "counter_mod", "no_such_module", "json", "json.decoder", "math"]:
    show(name)
print("shapes" in sys.modules, "counter_mod" in sys.modules, "shapes.circle" in sys.modules)
show(".square", "shapes")
for bad in ["no_such_package.sub", "counter_mod.sub"]:
    try:
        importlib.util.find_spec(bad)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
try:
    importlib.util.find_spec(".x")
except ImportError as e:
    print(type(e).__name__, e)

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("by_hand", os.path.join(here, "modules", "public.py"))
module = importlib.util.module_from_spec(spec)
print(module.__name__, "by_hand" in sys.modules, module.__spec__ is spec, repr(module.__package__))
spec.loader.exec_module(module)
print(sorted(n for n in vars(module) if not n.startswith("__")))
print(repr(module).startswith("<module 'by_hand' from '"), repr(module).endswith("public.py'>"))

m = types.ModuleType("config", "settings")
m.debug = True
print(m, m.__doc__, m.debug, m.__spec__, m.__package__, repr(types.ModuleType("x")))
exec(compile(source="answer = 6 * 7", filename="<config>", mode="exec"), m.__dict__)
print(m.answer, sys, repr(types.ModuleType(name="y")))
for bad in [lambda: types.ModuleType(1), lambda: types.ModuleType(), lambda: compile("1", "f"),
            lambda: compile("1", "f", "eval", bogus=1), lambda: compile("1", "f", "eval", source="2")]:
    try:
        bad()
    except TypeError as e:
        print(e)
print("json" in sys.stdlib_module_names, "collections" in sys.stdlib_module_names, "sys" in sys.builtin_module_names)
