"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique (minipy's own).

Members are created by the metaclass from the class body: every public,
non-descriptor name becomes an instance of the class, registered in
`_member_map_` (name -> member, aliases included) and `_value2member_map_`.
The behaviour (reprs, error texts, functional API) follows CPython 3.11.
"""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'auto', 'unique', 'ReprEnum', 'FlagBoundary', 'STRICT',
           'CONFORM', 'EJECT', 'KEEP']

_auto_null = object()
_type = type


class auto:
    """A placeholder replaced by `_generate_next_value_` at class creation."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    # minipy's functions carry no __get__ attribute, so name them explicitly
    if isinstance(obj, (type(_is_dunder), staticmethod, classmethod, property)):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_private(cls_name, name):
    pre = '_%s__' % cls_name.lstrip('_')
    return name.startswith(pre) and not name.endswith('__')


def _collect_members(cls_name, classdict, generate):
    """The member names and values of a class body, in definition order,
    with any `auto()` left resolved (a namespace that is not an
    `_EnumDict`, such as `type(name, bases, dict)`'s)."""
    names, values = [], []
    if isinstance(classdict.get('_generate_next_value_'), (staticmethod, type(_is_dunder))):
        generate = classdict['_generate_next_value_']
    if isinstance(generate, staticmethod):
        generate = generate.__func__

    def next_value(key):
        return generate(key, 1, len(names), values[:])
    for key, value in classdict.items():
        if _is_private(cls_name, key) or _is_dunder(key) or _is_sunder(key):
            continue
        if _is_descriptor(value):
            continue
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = next_value(key)
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(next_value(key) if isinstance(v, auto) else v for v in value)
        names.append(key)
        values.append(value)
    return names, values


class _EnumDict(dict):
    """The namespace of an enum class body (from `EnumType.__prepare__`):
    resolves `auto()` as each member is assigned, so later lines can use
    the value, and refuses a name defined twice, as CPython's does."""

    def __init__(self, cls_name, generate):
        super().__init__()
        self._cls_name = cls_name
        self._generate = generate
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._auto_called = False

    def __setitem__(self, key, value):
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate = value.__func__ if isinstance(value, staticmethod) else value
        elif key == '_ignore_':
            value = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            self._ignore = value
            already = set(value) & set(self._member_names)
            if already:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (already,))
        elif key in self._ignore:
            pass
        elif _is_private(self._cls_name, key) or _is_dunder(key) or _is_sunder(key):
            pass
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif not _is_descriptor(value):
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            single = isinstance(value, auto)
            if self._generate is not None and (single or (
                    type(value) is tuple and any(isinstance(v, auto) for v in value))):
                # As CPython: each auto() value (not the tuple holding it)
                # is what later auto()s see as the last values.
                resolved = []
                for v in ((value,) if single else value):
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._next_value(key)
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    resolved.append(v)
                value = resolved[0] if single else tuple(resolved)
            else:
                self._last_values.append(value)
            self._member_names.append(key)
        super().__setitem__(key, value)

    def _next_value(self, key):
        return self._generate(key, 1, len(self._member_names), self._last_values[:])


class EnumType(type):
    """The metaclass of every enum: builds members, and makes the class
    iterable, sized, indexable by name and callable by value."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = None
        if bases and isinstance(bases[-1], EnumType):
            generate = getattr(bases[-1], '_generate_next_value_', None)
        return _EnumDict(cls, generate)

    @staticmethod
    def _get_mixins_(cls_name, bases):
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = object
        for base in bases:
            for b in base.__mro__:
                if b is object or isinstance(b, EnumType):
                    continue
                if '__new__' in b.__dict__ or b in (int, str, float):
                    member_type = b
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def __new__(metacls, cls, bases, classdict, boundary=None, _simple=False, **kwds):
        ns = dict(classdict)
        if '_ignore_' in ns:
            ignore = ns['_ignore_']
            if isinstance(ignore, str):
                ignore = ignore.replace(',', ' ').split()
            for key in list(ignore) + ['_ignore_']:
                ns.pop(key, None)
        gen = None
        if bases and isinstance(bases[-1], EnumType):
            gen = getattr(bases[-1], '_generate_next_value_', None)
        member_names, values = _collect_members(cls, ns, gen) if bases else ([], [])
        members = dict(zip(member_names, values))
        for k in member_names:
            del ns[k]
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % ', '.join(repr(n) for n in sorted(invalid)))
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_member_type_'] = member_type
        # the user's __new__ (if any) builds members; the class itself uses the
        # base's __new__ so that Color(1) does a lookup.
        new_for_member = ns.get('__new__')
        if new_for_member is not None and bases:
            ns['_new_member_'] = new_for_member
            del ns['__new__']
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        # As CPython: calling the class looks a value up, whatever a mixed-in
        # type's own __new__ (str.__new__, int.__new__) would do.
        enum_base = globals().get('Enum')
        if bases and enum_base is not None:
            type.__setattr__(enum_class, '__new__', enum_base.__dict__['__new__'])
        if new_for_member is None:
            new_for_member = None
            for b in enum_class.__mro__[1:]:
                if '_new_member_' in b.__dict__:
                    new_for_member = b.__dict__['_new_member_']
                    break
            if new_for_member is None:
                new_for_member = member_type.__new__ if member_type is not object else object.__new__
        if isinstance(new_for_member, staticmethod):
            new_for_member = new_for_member.__func__
        use_args = member_type is not object or '_new_member_' in enum_class.__dict__ or any(
            '_new_member_' in b.__dict__ for b in enum_class.__mro__[1:])
        enum_class._use_args_ = use_args
        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if not use_args:
                member = object.__new__(enum_class)
                if not hasattr(member, '_value_'):
                    member._value_ = value
            else:
                member = new_for_member(enum_class, *args)
                if not hasattr(member, '_value_'):
                    if member_type is object:
                        member._value_ = value
                    else:
                        member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            member._sort_order_ = len(enum_class._member_names_)
            # an alias: an existing member with an equal value
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        # a mixed-in data type (int, str) comes before Enum in the MRO, but
        # the enum's own dunders win unless this class body defines them
        # (as CPython: not __eq__, __ne__, __hash__, which a mixed-in type keeps)
        for dunder in ('__repr__', '__str__', '__format__',
                       '__reduce_ex__'):
            if dunder in ns:
                continue
            for b in enum_class.__mro__[1:]:
                if isinstance(b, EnumType) and dunder in b.__dict__:
                    if getattr(enum_class, dunder) is not b.__dict__[dunder]:
                        type.__setattr__(enum_class, dunder, b.__dict__[dunder])
                    break
        if boundary is not None:
            enum_class._boundary_ = boundary
        if Flag is not None and issubclass(enum_class, Flag):
            # 3.11: multi-bit and zero flags are aliases, not iterated
            enum_class._member_names_ = [
                n for n in enum_class._member_names_
                if not isinstance(enum_class._member_map_[n]._value_, int)
                or _is_single_bit(enum_class._member_map_[n]._value_)]
            enum_class._flag_mask_ = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    enum_class._flag_mask_ |= m._value_
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None)
            enum_class._boundary_ = boundary
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = _type(cls)
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            try:
                import sys
                module = sys._getframe(2).f_globals['__name__']
            except Exception:
                module = None
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        # 3.11: a non-member operand is a TypeError (3.12 will look values up)
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        return ['__class__', '__doc__', '__members__', '__module__'] + list(cls._member_names_)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    """Generic enumeration; subclass it to define members."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        # As CPython 3.11: an exception from _missing_ is raised as is (a
        # ValueError such as a Flag boundary's), others get the ValueError
        # as their context.
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                continue
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if '_value_repr_' in dir(self.__class__) else None
        v_repr = v_repr or self._member_type_.__repr__
        if self._member_type_ is object:
            v_repr = repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __hash__(self):
        return hash(self._name_)

    # No __eq__/__ne__: identity (object's), or a mixed-in type's own.

    def __reduce_ex__(self, proto):
        return getattr, (self.__class__, self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __setattr__(self, name, value):
        if name in ('name', 'value'):
            raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (name,))
        object.__setattr__(self, name, value)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only repr() is Enum's; str() and format() are the mixed-in type's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, spec):
        return format(int(self), spec)

    def __eq__(self, other):
        return int(self) == other

    def __ne__(self, other):
        return int(self) != other

    def __hash__(self):
        return hash(int(self))


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return self._value_ == other

    def __ne__(self, other):
        return self._value_ != other

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()



class FlagBoundary(StrEnum):
    """What a Flag does with values that are not combinations of its members."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bin(num, max_bits=None):
    # CPython's enum.bin: two's complement with a space after the sign bit.
    num = num.__index__()
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = _type(0).__format__(num + ceiling, 'b')[1:]
        sign = '0'
    else:
        s = _type(0).__format__(~num ^ (ceiling - 1) + ceiling, 'b')[1:]
        sign = '1'
    digits = s
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return '0b%s %s' % (sign, digits)


class Flag(Enum, boundary=CONFORM):
    """Members combine with `|`, `&`, `^` and `~` into (pseudo-)members."""

    def __reduce_ex__(self, proto):
        # As CPython 3.11: a combination is `|` of the rest and its lowest
        # member (recursively), unknown bits are or-ed on, a named member
        # is found by name.
        import operator
        cls = self.__class__
        unknown = self._value_ & ~cls._flag_mask_
        member_value = self._value_ & cls._flag_mask_
        if unknown and member_value:
            return operator.or_, (cls(member_value), unknown)
        lowest = member_value & -member_value
        if member_value != lowest:
            return operator.or_, (cls(member_value & ~lowest), cls._value2member_map_.get(lowest))
        if self._name_ is None:
            return cls, (self._value_,)
        return getattr, (cls, self._name_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if isinstance(v, int) and v.bit_length() > high:
                high = v.bit_length()
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        # CPython 3.11's Flag._missing_, boundaries included.
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if member_value:
            names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_
                     and _is_single_bit(m._value_)]
            name = '|'.join(names) if names else None
            if name is not None and unknown:
                numeric = repr if cls._member_type_ is object else cls._member_type_.__repr__
                name += '|%s' % numeric(unknown)
            pseudo._name_ = name
        else:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if _is_single_bit(m._value_) and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = repr if self._member_type_ is object else self._member_type_.__repr__
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    # int comes first in the MRO: the flag operators must win over int's.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__

    # Members behave as ints exactly as IntEnum's do.
    __str__ = IntEnum.__str__
    __format__ = IntEnum.__format__
    __eq__ = IntEnum.__eq__
    __ne__ = IntEnum.__ne__
    __hash__ = IntEnum.__hash__


def unique(enumeration):
    """Class decorator: raise ValueError if any member is an alias."""
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        details = ', '.join('%s -> %s' % (a, n) for a, n in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
