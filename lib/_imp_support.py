# Finding a module the way minipy's import statement does, without running
# it: for importlib.util.find_spec. The search itself is the import
# system's (sys._find_module, src/vm/import.rs); this turns its answer into
# a ModuleSpec.

import sys
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, _LibraryLoader

_kinds = None


def library_kind(name):
    global _kinds
    if _kinds is None:
        _kinds = dict(sys._library_modules())
    return _kinds.get(name)


def find(fullname):
    found = sys._find_module(fullname)
    if found is None:
        return None
    kind, origin, package_dir = found
    if kind == "builtin":
        return ModuleSpec(fullname, BuiltinImporter, origin="built-in")
    if kind == "library":
        loader = _LibraryLoader()
    elif kind == "file":
        loader = SourceFileLoader(fullname, origin)
    else:
        loader = None
    spec = ModuleSpec(fullname, loader, origin=origin, is_package=package_dir is not None)
    if package_dir is not None:
        spec.submodule_search_locations = [package_dir]
    spec.has_location = origin is not None
    return spec
