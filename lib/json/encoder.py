"""JSON encoder: CPython 3.11's json.encoder, written for minipy."""

__all__ = ['JSONEncoder']

try:
    from _json import encode as native_encode
except ImportError:
    native_encode = None

INFINITY = float('inf')

_ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u%04x' % _i)
# str.translate tables: what needs escaping when non-ASCII output is allowed, and in ASCII-only output.
_TRANSLATE = {ord(k): v for k, v in _ESCAPE_DCT.items()}
_TRANSLATE_ASCII = dict(_TRANSLATE)
_TRANSLATE_ASCII[0x7f] = '\\u007f'
del _i


def py_encode_basestring(s):
    return '"' + s.translate(_TRANSLATE) + '"'


encode_basestring = py_encode_basestring


def py_encode_basestring_ascii(s):
    if s.isascii():
        return '"' + s.translate(_TRANSLATE_ASCII) + '"'
    parts = []
    for c in s:
        if c < '\x7f':
            parts.append(_ESCAPE_DCT.get(c, c))
            continue
        n = ord(c)
        if n < 0x10000:
            parts.append('\\u%04x' % n)
        else:
            n -= 0x10000
            parts.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(parts) + '"'


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if native_encode is not None and type(self).iterencode is JSONEncoder.iterencode:
            # The native encoder gives up (None) on whatever needs Python:
            # default(), errors, dict subclasses with their own items().
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            text = native_encode(o, bool(self.ensure_ascii), bool(self.allow_nan), bool(self.sort_keys),
                                 bool(self.skipkeys), bool(self.check_circular), indent, self.item_separator,
                                 self.key_separator)
            if text is not None:
                return text
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        writer = _Writer(markers, self.default, encoder, indent, self.key_separator, self.item_separator,
                         self.sort_keys, self.skipkeys, self.allow_nan)
        writer.value(o, 0)
        return writer.chunks


def _float_repr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return repr(o) if type(o) is float else float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


def _int_repr(o):
    # An int subclass (an IntEnum, say) is written as the plain number.
    return repr(o) if type(o) is int else int.__repr__(o)


class _Writer:
    """Appends the JSON text of a value to `chunks`, one container level at a time."""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys,
                 allow_nan):
        self.chunks = []
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def primitive(self, o):
        """The JSON text of a string, number, bool or None; None for anything else."""
        if isinstance(o, str):
            return self.encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _int_repr(o)
        if isinstance(o, float):
            return _float_repr(o, self.allow_nan)
        return None

    def value(self, o, level):
        text = self.primitive(o)
        if text is not None:
            self.chunks.append(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            markers = self.markers
            if markers is not None:
                marker_id = id(o)
                if marker_id in markers:
                    raise ValueError('Circular reference detected')
                markers[marker_id] = o
            self.value(self.default(o), level)
            if markers is not None:
                del markers[marker_id]

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            marker_id = id(o)
            if marker_id in markers:
                raise ValueError('Circular reference detected')
            markers[marker_id] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def array(self, lst, level):
        # The chunks are CPython's: an item that is not a container is joined to the text before it.
        emit = self.chunks.append
        if not lst:
            emit('[]')
            return
        self.enter(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for item in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.primitive(item)
            if text is not None:
                emit(buf + text)
            else:
                emit(buf)
                self.value(item, level)
        if newline_indent is not None:
            level -= 1
            emit('\n' + self.indent * level)
        emit(']')
        self.leave(lst)

    def key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_repr(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return _int_repr(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, dct, level):
        emit = self.chunks.append
        if not dct:
            emit('{}')
            return
        self.enter(dct)
        emit('{')
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_separator + newline_indent
            emit(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            key = self.key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                emit(item_separator)
            emit(self.encoder(key))
            emit(self.key_separator)
            self.value(value, level)
        if newline_indent is not None:
            level -= 1
            emit('\n' + self.indent * level)
        emit('}')
        self.leave(dct)
