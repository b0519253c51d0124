# Packages: __init__, relative imports, submodules as attributes, `import a.b as c`.
import shapes
print(shapes.Square(3).area(), shapes.circle.area(1))
print(shapes.__path__[0].rsplit("/", 1)[-1], shapes.__file__.rsplit("/", 2)[-2:])
import shapes.geometry
print(shapes.geometry.unit_square(), shapes.geometry.add((1, 2), (3, 4)))
import shapes.geometry.vectors as vec
print(vec.add((1,), (2,)), vec.__name__, vec.__package__)
from shapes.geometry import vectors
print(vectors is vec)
from shapes import geometry, square
print(geometry.Square is square.Square)
from shapes import *
print(Square(2), circle.PI)
import sys
print(sorted(m for m in sys.modules if m.startswith("shapes")))
sys.path.append(sys.path[0] + "/nsroot")
import nspkg.leaf
print(nspkg.leaf.LEAF, nspkg.leaf.__name__)
