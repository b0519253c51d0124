# Finding a module the way minipy's import statement does, without running
# it: for importlib.util.find_spec. The order is the import system's (see
# src/vm/import.rs): core native modules, then each sys.path directory (the
# built-in library where its "<minipy lib>" entry stands), then namespace
# package directories.

import sys
import os
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, _LibraryLoader

_LIBRARY_DIR = "<minipy lib>"
_kinds = None


def library_kind(name):
    global _kinds
    if _kinds is None:
        _kinds = dict(sys._library_modules())
    return _kinds.get(name)


def _library_spec(name, kind):
    if kind in ("core", "native"):
        return ModuleSpec(name, BuiltinImporter, origin="built-in")
    rel = name.replace(".", "/") + ("/__init__.py" if kind == "package" else ".py")
    spec = ModuleSpec(name, _LibraryLoader(), origin=_LIBRARY_DIR + "/" + rel, is_package=kind == "package")
    spec.has_location = True
    if kind == "package":
        spec.submodule_search_locations = [_LIBRARY_DIR + "/" + name.replace(".", "/")]
    return spec


def find(fullname, parent_path):
    short = fullname.rpartition(".")[2]
    if parent_path is None:
        if library_kind(fullname) == "core":
            return _library_spec(fullname, "core")
        search = sys.path
    else:
        search = parent_path
    namespace = None
    for entry in search:
        if not isinstance(entry, str):
            continue
        if entry == _LIBRARY_DIR or entry.startswith(_LIBRARY_DIR + "/"):
            kind = library_kind(fullname)
            if kind is not None:
                return _library_spec(fullname, kind)
            continue
        base = os.path.join(entry, short) if entry else short
        for ext in ("py", "mpy"):
            init = base + "/__init__." + ext
            if os.path.isfile(init):
                spec = ModuleSpec(fullname, SourceFileLoader(fullname, init), origin=init, is_package=True)
                spec.submodule_search_locations = [base]
                spec.has_location = True
                return spec
        for ext in ("py", "mpy"):
            file = base + "." + ext
            if os.path.isfile(file):
                spec = ModuleSpec(fullname, SourceFileLoader(fullname, file), origin=file)
                spec.has_location = True
                return spec
        if namespace is None and os.path.isdir(base):
            namespace = base
    if namespace is not None:
        spec = ModuleSpec(fullname, None, is_package=True)
        spec.submodule_search_locations = [namespace]
        return spec
    return None
