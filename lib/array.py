"""This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
"""

# The class is declared here (so that it has a module, can be subclassed
# and is constructed like any class); its methods are native (_array) and
# keep the items in machine form.
import _array

typecodes = _array.typecodes


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
a bytes-like object, or iterable over elements of the appropriate type.
"""

    __hash__ = None

    def __new__(cls, *args, **kwargs):
        return _array.new(cls, args, kwargs)

    typecode = property(_array.typecode, doc="the typecode character used to create the array")
    itemsize = property(_array.itemsize, doc="the size, in bytes, of one array item")


_array.install(array)

ArrayType = array
