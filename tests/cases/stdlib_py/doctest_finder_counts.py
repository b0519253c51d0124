# doctest: testmod counts every function and class of the module, with or
# without a docstring (dataclass-generated methods too); bare `>>>` and
# comment-only prompts are not examples; a failure names the absolute script
# path and the line of the example, as CPython finds it from the source.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        """
        >>> Point(3, -4).norm1()
        7
        >>>
        >>> # a comment only
        >>> Point(1).norm1()
        2
        """
        return abs(self.x) + abs(self.y)

    @property
    def flipped(self):
        "Return the point mirrored: >>> Point(1, 2).flipped"
        return Point(self.y, self.x)


def helper():
    pass


def shout(word):
    """Upper-case a word.

    >>> shout("hi")
    'HI'
    >>> shout("x")
    'X!'
    """
    return word.upper()


class Plain:
    def method(self):
        return 1


if __name__ == "__main__":
    import doctest
    import os

    print(os.path.isabs(__file__), os.path.basename(__file__))
    print(doctest.testmod(verbose=True))
    print(doctest.testmod())
