# pprint: containers laid out to fit a line width.
#
# An object whose one-line form fits in the room left on its line is
# written as that one line. Otherwise a container is opened, and its items
# are written one per line, each indented under the first, each laid out by
# the same rule with the room that is left after the closing brackets and
# commas that must follow it. Dicts (and sets) are shown sorted, in both
# forms. Long strings are split at word boundaries into adjacent literals.

import sys as _sys
import re as _re
import collections as _collections

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._one_line(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._one_line(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._one_line(object, {}, None, 0)[2]


class _Ordered:
    """A sort key that never fails: values of types that cannot be compared
    with each other are ordered by type name, then by identity."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return (str(type(self.value)), id(self.value)) < (str(type(other.value)), id(other.value))


def _pair_key(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _recursion_text(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


_PLAIN_SCALARS = (str, bytes, float, bool, type(None))


class _Text:
    """Collects the pieces written by the layout."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def value(self):
        return "".join(self.parts)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._step = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscores = underscore_numbers

    # ---- public ------------------------------------------------------------

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        if stream is not None:
            stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = _Text()
        self._lay_out(object, out, 0, 0, {}, 1)
        return out.value()

    def isrecursive(self, object):
        return self._one_line(object, {}, self._depth, 0)[2]

    def isreadable(self, object):
        return self._one_line(object, {}, self._depth, 0)[1]

    def format(self, object, context, maxlevels, level):
        return self._one_line(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        # CPython's private worker behind format(); programs (pyperformance's
        # pprint benchmark among them) call it directly.
        return self._one_line(object, context, maxlevels, level)

    # ---- one line ----------------------------------------------------------

    def _one_line(self, obj, active, max_depth, level):
        """(text, readable, recursive) of obj on one line, dicts sorted."""
        kind = type(obj)
        if kind in _PLAIN_SCALARS:
            return repr(obj), True, False
        if kind is int:
            return (format(obj, "_d") if self._underscores else repr(obj)), True, False
        own_repr = kind.__repr__
        is_dict = issubclass(kind, dict) and own_repr is dict.__repr__
        is_list = issubclass(kind, list) and own_repr is list.__repr__
        is_tuple = issubclass(kind, tuple) and own_repr is tuple.__repr__
        if not (is_dict or is_list or is_tuple):
            text = repr(obj)
            return text, bool(text) and not text.startswith("<"), False
        if is_dict and not obj:
            return "{}", True, False
        if is_list and not obj:
            return "[]", True, False
        if is_tuple and not obj:
            return "()", True, False
        if max_depth and level >= max_depth:
            return ("{...}" if is_dict else "[...]" if is_list else "(...)"), False, id(obj) in active
        if id(obj) in active:
            return _recursion_text(obj), False, True
        active[id(obj)] = True
        readable, recursive = True, False
        pieces = []
        if is_dict:
            items = sorted(obj.items(), key=_pair_key) if self._sort_dicts else list(obj.items())
            for key, value in items:
                key_text, key_ok, key_rec = self._one_line(key, active, max_depth, level + 1)
                value_text, value_ok, value_rec = self._one_line(value, active, max_depth, level + 1)
                pieces.append("%s: %s" % (key_text, value_text))
                readable = readable and key_ok and value_ok
                recursive = recursive or key_rec or value_rec
        else:
            for item in obj:
                text, ok, rec = self._one_line(item, active, max_depth, level + 1)
                pieces.append(text)
                readable = readable and ok
                recursive = recursive or rec
        del active[id(obj)]
        if is_dict:
            return "{%s}" % ", ".join(pieces), readable, recursive
        if is_list:
            return "[%s]" % ", ".join(pieces), readable, recursive
        if len(pieces) == 1:
            return "(%s,)" % pieces[0], readable, recursive
        return "(%s)" % ", ".join(pieces), readable, recursive

    # ---- many lines --------------------------------------------------------

    def _lay_out(self, obj, out, indent, room_after, active, level):
        if id(obj) in active:
            out.write(_recursion_text(obj))
            return
        text = self._one_line(obj, active, self._depth, level - 1)[0]
        if len(text) <= self._width - indent - room_after:
            out.write(text)
            return
        writer = self._writer_for(obj)
        if writer is None:
            out.write(text)
            return
        active[id(obj)] = True
        writer(obj, out, indent, room_after, active, level + 1)
        del active[id(obj)]

    def _writer_for(self, obj):
        kind = type(obj)
        own_repr = kind.__repr__
        if own_repr is dict.__repr__:
            return self._write_dict
        if own_repr is list.__repr__:
            return self._write_list
        if own_repr is tuple.__repr__:
            return self._write_tuple
        if own_repr is set.__repr__ or own_repr is frozenset.__repr__:
            return self._write_set
        if own_repr is str.__repr__:
            return self._write_str
        if own_repr is _collections.OrderedDict.__repr__:
            return self._write_ordered_dict
        if own_repr is _collections.defaultdict.__repr__:
            return self._write_defaultdict
        if own_repr is _collections.Counter.__repr__:
            return self._write_counter
        if own_repr is _collections.deque.__repr__:
            return self._write_deque
        return None

    def _write_sequence(self, items, out, indent, room_after, active, level):
        """Items one per line (or packed, when compact), after an opening
        bracket already written at column `indent`."""
        indent += self._step
        if self._step > 1:
            out.write(" " * (self._step - 1))
        newline = ",\n" + " " * indent
        items = list(items)
        line_room = full_room = self._width - indent + 1
        separator = ""
        for position, item in enumerate(items):
            is_last = position == len(items) - 1
            if is_last:
                full_room -= room_after
                line_room -= room_after
            if self._compact:
                text = self._one_line(item, active, self._depth, level - 1)[0]
                needed = len(text) + 2
                if line_room < needed:
                    line_room = full_room
                    if separator:
                        separator = newline
                if line_room >= needed:
                    line_room -= needed
                    out.write(separator)
                    separator = ", "
                    out.write(text)
                    continue
            out.write(separator)
            separator = newline
            self._lay_out(item, out, indent, room_after if is_last else 1, active, level)

    def _write_pairs(self, pairs, out, indent, room_after, active, level):
        indent += self._step
        newline = ",\n" + " " * indent
        for position, (key, value) in enumerate(pairs):
            is_last = position == len(pairs) - 1
            key_text = self._one_line(key, active, self._depth, level - 1)[0]
            out.write(key_text + ": ")
            self._lay_out(value, out, indent + len(key_text) + 2, room_after if is_last else 1, active, level)
            if not is_last:
                out.write(newline)

    def _sorted_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_pair_key)
        return list(mapping.items())

    def _write_dict(self, obj, out, indent, room_after, active, level):
        out.write("{")
        if self._step > 1:
            out.write(" " * (self._step - 1))
        if obj:
            self._write_pairs(self._sorted_items(obj), out, indent, room_after + 1, active, level)
        out.write("}")

    def _write_list(self, obj, out, indent, room_after, active, level):
        out.write("[")
        self._write_sequence(obj, out, indent, room_after + 1, active, level)
        out.write("]")

    def _write_tuple(self, obj, out, indent, room_after, active, level):
        closing = ",)" if len(obj) == 1 else ")"
        out.write("(")
        self._write_sequence(obj, out, indent, room_after + len(closing), active, level)
        out.write(closing)

    def _write_set(self, obj, out, indent, room_after, active, level):
        if not obj:
            out.write(repr(obj))
            return
        if type(obj) is set:
            out.write("{")
            closing = "}"
        else:
            out.write(type(obj).__name__ + "({")
            closing = "})"
            indent += len(type(obj).__name__) + 1
        items = sorted(obj, key=_Ordered)
        self._write_sequence(items, out, indent, room_after + len(closing), active, level)
        out.write(closing)

    def _write_str(self, obj, out, indent, room_after, active, level):
        if not obj:
            out.write(repr(obj))
            return
        if level == 2:  # the string is the whole object: it gets parentheses
            indent += 1
            room_after += 1
        chunks = []
        lines = obj.splitlines(True)
        for number, line in enumerate(lines):
            last_line = number == len(lines) - 1
            room = self._width - indent - (room_after if last_line else 0)
            if len(repr(line)) <= room:
                chunks.append(repr(line))
                continue
            words = _re.findall(r"\S*\s*", line)[:-1]
            current = ""
            for index, word in enumerate(words):
                room = self._width - indent
                if last_line and index == len(words) - 1:
                    room -= room_after
                if len(repr(current + word)) > room:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.write(repr(obj))
            return
        if level == 2:
            out.write("(")
        out.write(("\n" + " " * indent).join(chunks))
        if level == 2:
            out.write(")")

    def _write_wrapped(self, name, inner, out, indent, room_after, active, level):
        out.write(name + "(")
        self._lay_out(inner, out, indent + len(name) + 1, room_after + 1, active, level)
        out.write(")")

    def _write_ordered_dict(self, obj, out, indent, room_after, active, level):
        if not obj:
            out.write(repr(obj))
            return
        self._write_wrapped(type(obj).__name__, list(obj.items()), out, indent, room_after, active, level)

    def _write_defaultdict(self, obj, out, indent, room_after, active, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        factory = repr(obj.default_factory)
        indent += len(name) + 1
        out.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._write_dict(obj, out, indent, room_after + 1, active, level)
        out.write(")")

    def _write_counter(self, obj, out, indent, room_after, active, level):
        if not obj:
            out.write(repr(obj))
            return
        name = type(obj).__name__
        out.write(name + "({")
        if self._step > 1:
            out.write(" " * (self._step - 1))
        self._write_pairs(obj.most_common(), out, indent + len(name) + 1, room_after + 2, active, level)
        out.write("})")

    def _write_deque(self, obj, out, indent, room_after, active, level):
        name = type(obj).__name__
        indent += len(name) + 1
        out.write(name + "(")
        if obj.maxlen is None:
            self._write_sequence_in("[", "])", obj, out, indent, room_after, active, level)
        else:
            self._write_sequence_in("[", "],", obj, out, indent, 2, active, level)
            out.write("\n" + " " * indent + "maxlen=%d)" % obj.maxlen)

    def _write_sequence_in(self, opening, closing, items, out, indent, room_after, active, level):
        out.write(opening)
        self._write_sequence(items, out, indent, room_after + len(closing), active, level)
        out.write(closing)
