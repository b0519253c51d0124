# The import statement gives every module a __spec__ (a ModuleSpec: name,
# parent, origin, submodule_search_locations for packages, has_location,
# cached for source files) and a __loader__ that is the spec's loader, set
# before the module's top level runs; importlib.util.find_spec returns that
# same spec. The script itself (__main__) has none.
import os
import sys
sys.path.insert(0, sys.path[0] + "/modules")
import importlib.util
import shapes
import shapes.circle
import shapes.geometry
import counter_mod
import nsroot.nspkg
import json
import json.decoder


def show(m):
    s = m.__spec__
    origin = s.origin and os.path.basename(s.origin)
    search = s.submodule_search_locations
    print(m.__name__, type(s).__name__, s.name, repr(s.parent), origin, search is not None, s.has_location,
          m.__loader__ is s.loader, m.__package__ == s.parent)


for m in (shapes, shapes.circle, shapes.geometry, counter_mod):
    show(m)
    print("  ", type(m.__loader__).__name__, os.path.relpath(m.__spec__.cached, os.path.dirname(m.__file__)))
for m in (json, json.decoder):
    show(m)
print(os.path.basename(shapes.__spec__.submodule_search_locations[0]))
print(nsroot.nspkg.__spec__.name, nsroot.nspkg.__spec__.origin, nsroot.__spec__.has_location)
print(__spec__)
print(importlib.util.find_spec("counter_mod") is counter_mod.__spec__)
print(importlib.util.find_spec("shapes.circle").name, importlib.util.find_spec("json") is json.__spec__)
print(counter_mod.__spec__ == importlib.util.find_spec("counter_mod"))
import sys
import math
import builtins
for m in (sys, math, builtins):
    print(m.__spec__.name, m.__spec__.origin if m is not math else "", m.__spec__.loader is m.__loader__)
