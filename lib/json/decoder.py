"""JSON decoder: CPython 3.11's json.decoder (its C scanner's behaviour and messages), written for minipy."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

try:
    from _json import scan as native_scan
except ImportError:
    native_scan = None

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):

    def __init__(self, msg, doc, pos):
        # Lines and columns count from 1; the column is measured from the last newline before pos.
        before = doc[:pos]
        line = before.count('\n') + 1
        column = pos - before.rfind('\n')
        super().__init__('%s: line %d column %d (char %d)' % (msg, line, column, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = line, column

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def _skip_ws(s, end):
    n = len(s)
    while end < n and s[end] in _WHITESPACE:
        end += 1
    return end


def _decode_uXXXX(s, pos):
    # The four characters after the 'u' at pos must all be hexadecimal digits.
    digits = s[pos + 1:pos + 5]
    if len(digits) == 4 and all(ch in '0123456789abcdefABCDEF' for ch in digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


def scanstring(s, end, strict=True):
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        quote = s.find('"', end)
        if quote < 0:
            quote = n
        backslash = s.find('\\', end, quote)
        stop = quote if backslash < 0 else backslash
        content = s[end:stop]
        if not content.isprintable():
            # Find the first control character (isprintable() is False for other characters too).
            for i in range(len(content)):
                if content[i] < ' ':
                    if strict:
                        raise JSONDecodeError('Invalid control character at', s, end + i)
                    break
        if stop >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if content:
            chunks.append(content)
        end = stop + 1
        if stop == quote:
            break
        # A backslash escape.
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end]
        if esc != 'u':
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 1)
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            # A high surrogate followed by an escaped low surrogate combines into one character.
            if 0xd800 <= uni < 0xdc00 and s.startswith('\\u', end):
                low = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= low < 0xe000:
                    uni = 0x10000 + (uni - 0xd800) * 0x400 + (low - 0xdc00)
                    end += 6
            char = chr(uni)
        chunks.append(char)
    return ''.join(chunks), end


class _Scanner:
    """Parses one JSON value at an index; StopIteration(index) means no value starts there."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        try:
            return self.scan(string, idx)
        finally:
            self.memo.clear()

    def scan(self, s, idx):
        if idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(s, idx + 1)
        if c == '[':
            return self.parse_array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(s, idx)

    def parse_number(self, s, idx):
        n = len(s)
        end = idx
        if end < n and s[end] == '-':
            end += 1
        if end < n and s[end] == '0':
            end += 1
        elif end < n and '1' <= s[end] <= '9':
            end += 1
            while end < n and s[end] in _DIGITS:
                end += 1
        else:
            raise StopIteration(idx)
        is_float = False
        if end + 1 < n and s[end] == '.' and s[end + 1] in _DIGITS:
            is_float = True
            end += 2
            while end < n and s[end] in _DIGITS:
                end += 1
        if end < n and s[end] in 'eE':
            exp = end + 1
            if exp < n and s[exp] in '+-':
                exp += 1
            if exp < n and s[exp] in _DIGITS:
                is_float = True
                end = exp + 1
                while end < n and s[end] in _DIGITS:
                    end += 1
        text = s[idx:end]
        if is_float:
            return self.parse_float(text), end
        return self.parse_int(text), end

    def parse_object(self, s, end):
        pairs = []
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar in _WHITESPACE:
                end = _skip_ws(s, end)
                nextchar = s[end:end + 1]
            if nextchar == '}':
                return self.finish_object(pairs), end + 1
            if nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end)
        end += 1
        memo = self.memo
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo.setdefault(key, key)
            if s[end:end + 1] != ':':
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = self.scan(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, end - 1)
        return self.finish_object(pairs), end

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def parse_array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        if s[end:end + 1] == ']':
            return values, end + 1
        while True:
            try:
                value, end = self.scan(s, end)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            values.append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            if nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


class JSONDecoder(object):

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        # Hooks left out fall back to the built-in conversions.
        self.parse_float = float if not parse_float else parse_float
        self.parse_int = int if not parse_int else parse_int
        self.parse_constant = _CONSTANTS.__getitem__ if not parse_constant else parse_constant
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.strict = strict
        self.scan_once = _Scanner(self)
        # Without hooks the native scanner does the work (CPython's C scanner
        # also reads its settings once, here).
        self._native = (native_scan is not None and not (object_hook or object_pairs_hook or parse_float
                                                           or parse_int or parse_constant))

    def decode(self, s):
        if self._native and type(s) is str and type(self).raw_decode is JSONDecoder.raw_decode:
            result = native_scan(s, 0, self.strict, True)
            if type(result) is tuple:
                raise JSONDecodeError(result[0], s, result[1])
            return result
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if self._native and type(s) is str and type(idx) is int and idx >= 0:
            result = native_scan(s, idx, self.strict, False)
            if type(result) is tuple:
                raise JSONDecodeError(result[0], s, result[1])
            return result[0], result[1]
        try:
            return self.scan_once(s, idx)
        except StopIteration as nothing:
            # The scanner signals "no value here" with StopIteration carrying the position.
            raise JSONDecodeError('Expecting value', s, nothing.value) from None
