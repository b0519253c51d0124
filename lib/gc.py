"""gc: the cycle collector's interface (the collector itself is native:
see `vm::gc` in the interpreter's sources).

minipy's collector has one generation: collect() always collects
everything, whatever generation is asked for; the second and third
thresholds are only recorded. In free-threaded mode a collection runs
only while the calling thread is the interpreter's only one (else
collect() returns 0); the racy-refcount lab never collects.
"""

import _gc

_threshold = (700, 10, 10)
garbage = []
callbacks = []

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38
_debug = 0


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    return _gc.collect()


def enable():
    _gc.enable()


def disable():
    _gc.disable()


def isenabled():
    return _gc.isenabled()


def get_count():
    return (_gc.get_count(), 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _gc.set_threshold(t[0])
    _threshold = tuple(t)


def set_debug(flags):
    global _debug
    _debug = flags


def get_debug():
    return _debug


def is_tracked(obj):
    return _gc.is_tracked(obj)


def get_objects(generation=None):
    if generation is not None and not isinstance(generation, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(generation).__name__)
    if generation is not None and generation > 2:
        raise ValueError("generation parameter must be less than the number of available generations (3)")
    return _gc.get_objects()


def get_referrers(*objs):
    return _gc.get_referrers(*objs)


def get_referents(*objs):
    return _gc.get_referents(*objs)


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
