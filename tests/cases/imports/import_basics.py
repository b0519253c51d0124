# Importing the user's own modules: import, as, from, star, sys.modules, top level runs once.
import sys
sys.path.insert(0, sys.path[0] + "/modules")

import counter_mod
import counter_mod as again
from counter_mod import bump
print(counter_mod is again, counter_mod.runs)
print(bump(), counter_mod.runs)
import counter_mod
print(counter_mod.runs, "(the top level ran once)")
print(counter_mod.__name__, counter_mod.__file__.rsplit("/", 1)[-1], repr(counter_mod.__package__))
print(sys.modules["counter_mod"] is counter_mod, "counter_mod" in sys.modules)
print(type(sys.modules).__name__, type(sys.path).__name__)
print(sys.modules["__main__"].__name__, __name__)

from starry import *
print(visible, also)
try:
    hidden
except NameError as e:
    print(e)
try:
    _private
except NameError as e:
    print(e)
from public import *
print(alpha, beta)
import starry
print(sorted(k for k in vars(starry) if not k.startswith("__")))

# A module in sys.modules is what import gives back.
sys.modules["fake_module"] = counter_mod
import fake_module
print(fake_module is counter_mod)
del sys.modules["fake_module"]
try:
    import fake_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
