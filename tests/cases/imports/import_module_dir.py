# PEP 562: dir(module) calls a module-level __dir__ and sorts its result.
import sys
sys.path.insert(0, __file__.rpartition("/")[0] + "/modules")
import dir_names

print(dir(dir_names))
