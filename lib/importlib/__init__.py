"""importlib for minipy: import a module by name at run time.

Only the parts programs use to load modules by name; the import machinery
itself lives in the interpreter (`import`, `__import__`).
"""

import sys

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import `name` (absolute, or relative to `package` when it starts with dots) and return that module itself."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """minipy keeps no finder caches: nothing to do."""


def reload(module):
    """Run a module's code again in its existing namespace."""
    name = getattr(module, "__name__", None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    path = getattr(module, "__file__", None)
    if path is None or path.startswith("<"):
        raise NotImplementedError("importlib.reload() of built-in module {!r} is not supported by minipy".format(name))
    with open(path) as source_file:
        source = source_file.read()
    exec(compile(source, path, "exec"), module.__dict__)
    return module
