from ..square import Square
from .. import circle
from .vectors import add
def unit_square():
    return Square(1)
