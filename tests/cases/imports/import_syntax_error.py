# A syntax error in an imported module is reported at its own file and line.
import sys
sys.path.insert(0, sys.path[0] + "/modules")
print("before")
import bad_syntax
print("not reached")
