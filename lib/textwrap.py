"""Text wrapping and filling (CPython 3.11's textwrap, for minipy).

CPython splits text into chunks with a regular expression; this module scans the text by hand with the same
rules (whitespace runs; words, split after a hyphen between letters; em-dashes between words), so the lines
come out the same.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'shorten', 'dedent', 'indent']

_whitespace = ' \t\n\r\x0b\x0c'


def _is_word(c):
    # Unicode \w
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a digit
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return _is_word(c) or c in '!"\'&.,?'


def _split_on_whitespace(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i
        in_ws = text[i] in _whitespace
        while j < n and (text[j] in _whitespace) == in_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _dash_run(text, i):
    """Length of the run of '-' starting at i."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i


def _em_dash_at(text, j):
    """True when text[j:] starts with two or more dashes followed by a word character."""
    run = _dash_run(text, j)
    return run >= 2 and j + run < len(text) and _is_word(text[j + run])


def _split_with_hyphens(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]) and _em_dash_at(text, i):
            j = i + _dash_run(text, i)
            chunks.append(text[i:j])
            i = j
            continue
        # A word: the shortest run of non-whitespace that ends at a break point.
        j = i + 1
        while True:
            if j >= n or text[j] in _whitespace:
                break
            if text[j] == '-' and _hyphen_break(text, j):
                j += 1
                break
            if _is_word_punct(text[j - 1]) and _em_dash_at(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _hyphen_break(text, j):
    """A word may be split after the hyphen at j: two letters (or letter-hyphen-letter) before it and a letter,
    optionally a hyphen, and a letter after it."""
    n = len(text)
    before = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or \
             (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and _is_letter(text[j - 1]))
    if not before:
        return False
    k = j + 1
    if k >= n or not _is_letter(text[k]):
        return False
    k += 1
    if k < n and text[k] == '-':
        k += 1
    return k < n and _is_letter(text[k])


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


_OPTION_DEFAULTS = (
    ('width', 70), ('initial_indent', ''), ('subsequent_indent', ''), ('expand_tabs', True),
    ('replace_whitespace', True), ('fix_sentence_endings', False), ('break_long_words', True),
    ('drop_whitespace', True), ('break_on_hyphens', True), ('tabsize', 8),
)


def _blank(chunk):
    return chunk.strip() == ''


class TextWrapper:

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        given = (width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
                 fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, tabsize)
        for (option, _), value in zip(_OPTION_DEFAULTS, given):
            setattr(self, option, value)
        self.max_lines = max_lines
        self.placeholder = placeholder

    # --- preparing the text --------------------------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            # Every whitespace character other than the space itself turns into a space.
            text = ''.join([' ' if ch in '\t\n\x0b\x0c\r' else ch for ch in text])
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_with_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        # A single space after a sentence end becomes two; the widened space is then skipped.
        at = 0
        last = len(chunks) - 1
        while at < last:
            if chunks[at + 1] == ' ' and _ends_sentence(chunks[at]):
                chunks[at + 1] = '  '
                at += 1
            at += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # --- laying out lines ----------------------------------------------------------------------
    #
    # The chunks are kept as a stack with the next chunk on top (the end of the list).

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            # Unbreakable: it goes on a line of its own, overflowing it.
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            # Rather cut just after the last hyphen that fits, unless only hyphens come before it.
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_limits(self):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is None:
            return
        # The placeholder must fit on the line it would end.
        ending_indent = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        if len(ending_indent) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError('placeholder too large for max width')

    def _may_finish_normally(self, done, stack, used, room):
        """Whether a line can be emitted as it is, rather than as the last, truncated one."""
        if self.max_lines is None or done + 1 < self.max_lines:
            return True
        nothing_left = not stack or (self.drop_whitespace and len(stack) == 1 and _blank(stack[0]))
        return nothing_left and used <= room

    def _close_with_placeholder(self, lines, line, used, prefix, room):
        marker = self.placeholder
        # Drop trailing chunks until the placeholder fits after a non-blank one.
        while line:
            if not _blank(line[-1]) and used + len(marker) <= room:
                lines.append(prefix + ''.join(line) + marker)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(marker) <= self.width:
                lines[-1] = previous + marker
                return
        lines.append(prefix + marker.lstrip())

    def _wrap_chunks(self, chunks):
        self._check_limits()
        lines = []
        stack = chunks
        stack.reverse()
        while stack:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and _blank(stack[-1]):
                stack.pop()  # no line after the first starts with whitespace
            line = []
            used = 0
            while stack and used + len(stack[-1]) <= room:
                used += len(stack[-1])
                line.append(stack.pop())
            if stack and len(stack[-1]) > room:
                self._handle_long_word(stack, line, used, room)
                used = sum(map(len, line))
            if line and self.drop_whitespace and _blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if self._may_finish_normally(len(lines), stack, used, room):
                lines.append(prefix + ''.join(line))
            else:
                self._close_with_placeholder(lines, line, used, prefix, room)
                break
        return lines

    def wrap(self, text):
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    # Collapse all whitespace, then keep what fits on one line.
    squeezed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squeezed)


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    lines = text.split('\n')
    margin = None
    for index in range(len(lines)):
        line = lines[index]
        blanks = _leading_blanks(line)
        if len(blanks) == len(line):
            # Lines of only spaces and tabs become empty and do not count towards the margin.
            lines[index] = ''
            continue
        if margin is None:
            margin = blanks
        elif blanks.startswith(margin):
            pass
        elif margin.startswith(blanks):
            margin = blanks
        else:
            for i in range(min(len(margin), len(blanks))):
                if margin[i] != blanks[i]:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        # By default only lines with something other than whitespace get the prefix.
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line for line in text.splitlines(True)])
