# Circular imports see a partially initialised module, as in CPython.
import sys
sys.path.insert(0, sys.path[0] + "/modules")
import circ_a
print(circ_a.from_b(), circ_a.A)
import circ_b
print(circ_b.B, circ_b.circ_a is circ_a)
