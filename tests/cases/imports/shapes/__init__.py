print("shapes: init", __name__, __package__)
from .square import Square
from . import circle
__all__ = ["Square", "circle"]
