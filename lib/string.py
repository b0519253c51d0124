
__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ''.join([ascii_lowercase, ascii_uppercase])
digits = '0123456789'
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
# The order matters: it is part of the constant's value.
printable = ''.join([digits, ascii_letters, punctuation, whitespace])


def capwords(s, sep=None):
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class Template:

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _check_supported(self):
        # Placeholders are found by a hand-written scanner (minipy has no `re` underneath this module), which
        # knows CPython's default identifier pattern only.
        cls = type(self)
        if cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None or 'pattern' in dir(cls):
            raise NotImplementedError('string.Template with a custom idpattern or pattern is not supported by minipy')

    def _scan(self):
        """Yield (kind, start, end, name) for each placeholder: kind is escaped, named, braced or invalid."""
        self._check_supported()
        template = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(template)
        i = template.find(delim)
        while i >= 0:
            j = i + dlen
            if template.startswith(delim, j):
                yield ('escaped', i, j + dlen, None)
                i = template.find(delim, j + dlen)
                continue
            k = j
            while k < n and (template[k] in _ID_START if k == j else template[k] in _ID_CHARS):
                k += 1
            if k > j:
                yield ('named', i, k, template[j:k])
                i = template.find(delim, k)
                continue
            if j < n and template[j] == '{':
                k = j + 1
                while k < n and (template[k] in _ID_START if k == j + 1 else template[k] in _ID_CHARS):
                    k += 1
                if k > j + 1 and k < n and template[k] == '}':
                    yield ('braced', i, k + 1, template[j + 1:k])
                    i = template.find(delim, k + 1)
                    continue
            yield ('invalid', i, j, None)
            i = template.find(delim, j)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)
        parts = []
        last = 0
        for kind, start, end, name in self._scan():
            parts.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                parts.append('%s' % (mapping[name],))
        parts.append(self.template[last:])
        return ''.join(parts)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainedLookup(kws, mapping)
        parts = []
        last = 0
        for kind, start, end, name in self._scan():
            parts.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                parts.append(self.template[start:end])
            else:
                try:
                    parts.append('%s' % (mapping[name],))
                except KeyError:
                    parts.append(self.template[start:end])
        parts.append(self.template[last:])
        return ''.join(parts)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _ChainedLookup:
    """Keyword arguments first, then the mapping (CPython uses a ChainMap here)."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


def _parse_format(format_string):
    """Split a format string like _string.formatter_parser: (literal, field_name, format_spec, conversion)."""
    n = len(format_string)
    i = 0
    literal = []
    while i < n:
        ch = format_string[i]
        if ch == '}':
            if i + 1 < n and format_string[i + 1] == '}':
                literal.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if ch != '{':
            literal.append(ch)
            i += 1
            continue
        if i + 1 < n and format_string[i + 1] == '{':
            literal.append('{')
            i += 2
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        # A replacement field: find its matching close brace (nested braces may appear in the spec).
        depth = 1
        j = i + 1
        while j < n:
            if format_string[j] == '{':
                depth += 1
            elif format_string[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        field = format_string[i + 1:j]
        name_end = 0
        bracket = False
        while name_end < len(field):
            c = field[name_end]
            if c == '[':
                bracket = True
            elif c == ']':
                bracket = False
            elif not bracket and c in '!:':
                break
            name_end += 1
        field_name = field[:name_end]
        rest = field[name_end:]
        conversion = None
        spec = ''
        if rest.startswith('!'):
            if len(rest) < 2:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(':'):
                raise ValueError('expected \':\' after conversion specifier')
        if rest.startswith(':'):
            spec = rest[1:]
        yield (''.join(literal), field_name, spec, conversion)
        literal = []
        i = j + 1
    if literal:
        yield (''.join(literal), None, None, None)


def _split_field_name(field_name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]): the first part and its attribute/index accessors."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name))
            i = j
        elif field_name[i] == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier')
    return first, rest


_MIXED_NUMBERING = 'cannot switch from manual field specification to automatic field numbering'


class Formatter:
    """str.format's machinery, with each step a method a subclass can replace."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        # Nested fields inside format specs may go two levels deep, as in str.format.
        text = self._vformat(format_string, args, kwargs, seen, 2)[0]
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index: the next automatic field number, or False once a field was numbered by hand.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            pieces.append(literal or '')
            if name is None:
                continue
            if name == '':
                if auto_arg_index is False:
                    raise ValueError(_MIXED_NUMBERING)
                name = '%d' % auto_arg_index
                auto_arg_index = auto_arg_index + 1
            elif name.isdigit():
                if auto_arg_index:
                    raise ValueError(_MIXED_NUMBERING)
                auto_arg_index = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            # The spec may itself hold replacement fields: expand them first.
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        source = args if isinstance(key, int) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        return None

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        converters = {None: None, 's': str, 'r': repr, 'a': ascii}
        if conversion not in converters:
            raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))
        convert = converters[conversion]
        return value if convert is None else convert(value)

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        head, steps = _split_field_name(field_name)
        value = self.get_value(head, args, kwargs)
        for by_attribute, part in steps:
            value = getattr(value, part) if by_attribute else value[part]
        return value, head
