# Finding a module the way minipy's import statement does, without running
# it: for importlib.util.find_spec. The search itself is the import
# system's (sys._find_module, src/vm/import.rs); this turns its answer into
# a ModuleSpec.

import sys
from importlib.machinery import _spec_for

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
    return _spec_for(fullname, *found)
