"""Module docstring: shown as __doc__."""
# __doc__ of modules, functions, methods and classes: the docstring literal,
# None without one (also for a subclass of a documented class), assignable;
# and doctest finds the examples in them.
import doctest


def documented(x):
    """Double x.

    >>> documented(4)
    8
    >>> documented("ab")
    'abab'
    """
    return x * 2


def plain():
    return 1


class Shape:
    """A shape.

    >>> Shape().sides()
    0
    """

    def sides(self):
        """How many sides.

        >>> Square().sides()
        4
        """
        return 0


class Square(Shape):
    def sides(self):
        return 4


print(repr(__doc__))
print(repr(documented.__doc__))
print(plain.__doc__, Shape.__doc__.splitlines()[0], Square.__doc__, Shape().__doc__.split()[1], Shape.sides.__doc__.split("\n")[0])
plain.__doc__ = "now documented"
print(plain.__doc__, (lambda: 0).__doc__)
print(doctest.testmod())
