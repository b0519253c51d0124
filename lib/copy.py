

class Error(Exception):
    pass


error = Error

__all__ = ['Error', 'copy', 'deepcopy']


def _atomic_types():
    types = [type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0),
             type(Ellipsis), type(NotImplemented), property]
    try:
        types.append(complex)
    except NameError:
        pass
    return tuple(types)


# Sets, so that a type is looked up by hash rather than compared with each.
_ATOMIC = frozenset(_atomic_types())
_SHALLOW_IMMUTABLE = _ATOMIC | {tuple, frozenset}


def copy(x):
    cls = type(x)
    if cls in _SHALLOW_IMMUTABLE:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    if cls.__name__ == 'bytearray' and cls.__module__ == 'builtins':
        return x[:]
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    cls = type(x)
    if memo is None:
        if cls in _ATOMIC:
            return x
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    # The containers' atomic items (most of them) are taken as they are
    # rather than through a call each: `type(item) in _ATOMIC and id(item)
    # not in memo` is when deepcopy(item, memo) would return item itself.
    if cls is list:
        y = []
        memo[d] = y
        append = y.append
        for item in x:
            if type(item) in _ATOMIC and id(item) not in memo:
                append(item)
            else:
                append(deepcopy(item, memo))
    elif cls is tuple:
        items = [item if type(item) in _ATOMIC and id(item) not in memo else deepcopy(item, memo) for item in x]
        # A tuple that contains itself (through a list) was copied while copying its items.
        if d in memo:
            return memo[d]
        for original, copied in zip(x, items):
            if original is not copied:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            if not (type(key) in _ATOMIC and id(key) not in memo):
                key = deepcopy(key, memo)
            if type(value) in _ATOMIC and id(value) not in memo:
                y[key] = value
            else:
                y[key] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(list(x), memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(list(x), memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    # If y is x, x is immutable and held nothing that needed copying: nothing to remember.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo, so that its id stays unique while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _instance_state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return getstate(x)
    state = getattr(x, '__dict__', None)
    state = dict(state) if state else None
    slots = {}
    # No class along the MRO names __slots__: nothing to walk.
    if getattr(cls, '__slots__', None) is None:
        return state
    for klass in getattr(cls, '__mro__', (cls,)):
        names = klass.__dict__.get('__slots__', ()) if hasattr(klass, '__dict__') else ()
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _own_reduce(cls):
    """The reduction a class written in Python defines for itself (not
    object's), as a function of the object, or None: copyreg's dispatch
    table, then __reduce_ex__(4) along the MRO, then __reduce__, as
    CPython's copy module finds them."""
    import copyreg
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor
    # Found along the MRO and not object's own: what a class defined. (A
    # class's __dict__ is a copy made on each read, so not walked here.)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not _OBJECT_REDUCE_EX:
        return lambda x: reduce_ex(x, 4)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not _OBJECT_REDUCE:
        return reduce
    return None


_OBJECT_REDUCE_EX = getattr(object, '__reduce_ex__', None)
_OBJECT_REDUCE = getattr(object, '__reduce__', None)


def _from_reduce(x, rv, memo, deep):
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                for key, value in state.items():
                    setattr(y, key, value)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    return y


def _reconstruct(x, memo, deep):
    cls = type(x)
    reduce = _own_reduce(cls)
    if reduce is not None:
        rv = reduce(x)
        if isinstance(rv, str):
            return x
        return _from_reduce(x, rv, memo, deep)
    is_builtin_container = isinstance(x, (list, dict, set, tuple))
    if not is_builtin_container and getattr(cls, '__module__', 'builtins') == 'builtins':
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
    elif isinstance(x, tuple):
        args = (tuple(x),)
    else:
        # A subclass of an immutable value type is made with its value.
        args = ()
        for base in (int, float, complex, str, bytes, frozenset):
            if isinstance(x, base):
                args = (base(x),)
                break
    if deep and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    state = _instance_state(x, cls)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                for key, value in state.items():
                    setattr(y, key, value)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if isinstance(x, list) and not isinstance(x, tuple):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y
