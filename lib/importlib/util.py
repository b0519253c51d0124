"""importlib.util: finding a module without importing it, and loading a
module from a file by hand.

    spec = importlib.util.find_spec("helpers")       # None when absent
    spec = importlib.util.spec_from_file_location("cfg", "/path/cfg.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
"""

import sys
import _imp_support
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, _LibraryLoader

_LIBRARY_DIR = "<minipy lib>"


def resolve_name(name, package):
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{name}.__spec__ is not set") from None
        if spec is None:
            # A module made by hand (types.ModuleType) has none: describe it.
            spec = _spec_of_loaded(fullname, module)
        return spec
    if "." in fullname:
        parent_name = fullname.rpartition(".")[0]
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} while trying to find {fullname!r}",
                name=fullname) from e
    return _imp_support.find(fullname)


def _spec_of_loaded(name, module):
    file = getattr(module, "__file__", None)
    path = getattr(module, "__path__", None)
    if file is None:
        kind = _imp_support.library_kind(name)
        origin = "built-in" if kind in ("core", "native") or name == "builtins" else None
        spec = ModuleSpec(name, BuiltinImporter if origin else None, origin=origin, is_package=path is not None)
    else:
        loader = _LibraryLoader() if file.startswith(_LIBRARY_DIR) else SourceFileLoader(name, file)
        spec = ModuleSpec(name, loader, origin=file, is_package=path is not None)
        spec.has_location = True
    if path is not None:
        spec.submodule_search_locations = list(path)
    return spec


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif location.rpartition("/")[2].startswith("__init__."):
        spec.submodule_search_locations = [location.rpartition("/")[0]]
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    module = None
    if spec.loader is not None and hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif spec.loader is not None and hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def source_hash(source_bytes):
    raise NotImplementedError("importlib.util.source_hash is not supported by minipy")


MAGIC_NUMBER = b"\xa7\r\r\n"
