# A module's dir() is its namespace (no implicit names, even for a module
# with a PEP 562 __getattr__ such as sys); module.__class__ is the module type.
import os
import sys

names = dir(sys)
print("__class__" in names, all(hasattr(sys, n) for n in names if n != "__getattr__"))
print(sys.__class__, os.__class__ is type(sys), type(os).__name__)
print(sorted(n for n in dir(os.path) if n.startswith("__")) == sorted(n for n in vars(os.path) if n.startswith("__")))
