"""Abstract base classes: ABCMeta, ABC, abstractmethod, and registration of
virtual subclasses. Instantiating a class whose __abstractmethods__ is not
empty is refused by the interpreter itself, as in CPython."""


def abstractmethod(funcobj):
    """Marks a method abstract: subclasses must override it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated spellings: minipy cannot subclass classmethod,
# staticmethod or property, so these are functions giving the same object.
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # classmethod/staticmethod/property wrapping an abstract function.
    for attr in ("__func__", "fget", "fset", "fdel"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = []
        cls._abc_cache = []
        cls._abc_negative_cache = []
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidate_caches()
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if subclass in cls._abc_negative_cache:
            return False
        result = _subclass_search(cls, subclass)
        (cls._abc_cache if result else cls._abc_negative_cache).append(subclass)
        return result

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        for name in ("_abc_registry", "_abc_cache", "_abc_negative_cache"):
            print("%s: %r" % (name, getattr(cls, name)), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


_all_abcs = []


def _invalidate_caches():
    # Registering anywhere can change any answer: forget them all.
    for abc_cls in _all_abcs:
        abc_cls._abc_cache.clear()
        abc_cls._abc_negative_cache.clear()


def _subclass_search(cls, subclass):
    if cls not in _all_abcs:
        _all_abcs.append(cls)
    hook = getattr(cls, "__subclasshook__", None)
    hook = NotImplemented if hook is None else hook(subclass)
    if hook is not NotImplemented:
        return bool(hook)
    if cls in subclass.__mro__:
        return True
    for registered in cls._abc_registry:
        if issubclass(subclass, registered):
            return True
    for sub in cls._abc_subclasses:
        if issubclass(subclass, sub):
            return True
    return False


class ABC(metaclass=ABCMeta):
    """A helper class: subclassing ABC makes a class abstract-capable."""

    __slots__ = ()


def get_cache_token():
    return len(_all_abcs)


def update_abstractmethods(cls):
    """Recomputes __abstractmethods__ of a class changed after creation."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
