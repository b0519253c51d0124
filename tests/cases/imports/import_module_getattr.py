# PEP 562: a module-level __getattr__ answers for names the module does not
# define; `from m import x` uses it too; its AttributeError keeps its message
# and becomes ImportError for `from m import`.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/modules")
import lazy_names

print(lazy_names.defined)
print(lazy_names.computed_answer)
from lazy_names import computed_other
print(computed_other)
print(hasattr(lazy_names, "missing"), hasattr(lazy_names, "computed_x"))
try:
    lazy_names.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lazy_names import missing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(getattr(lazy_names, "missing", "default"))
