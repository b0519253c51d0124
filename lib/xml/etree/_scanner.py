"""minipy's XML scanner: what expat does for xml.etree.ElementTree.

CPython's ElementTree parses with expat, a C library. This module is
minipy's own replacement: the native `_minipy_xml.tokens` cuts the text
into checked tokens (references resolved), and this module keeps the
document's state. It reads a document in chunks, checks that it is well
formed, resolves namespace prefixes, and reports what it finds to a
handler object (`start`, `end`, `data`, `comment`, `pi`, `start_ns`,
`end_ns`), as expat's callbacks do. Errors are ParseError with expat's
messages, codes and (line, column) positions where they can be known.

The handler receives names already in ElementTree's "{uri}local" form.
Character data inside one text run is reported in one call (expat may
split it), so a target that records `data` calls can see fewer of them.
DTDs are skipped, not read: an internal subset's entities stay undefined.
"""

import _minipy_xml

_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"

# expat's error codes (xml.parsers.expat.errors), for ParseError.code.
SYNTAX = 2
NO_ELEMENTS = 3
INVALID_TOKEN = 4
UNCLOSED_TOKEN = 5
TAG_MISMATCH = 7
DUPLICATE_ATTRIBUTE = 8
JUNK_AFTER_DOC_ELEMENT = 9
UNDEFINED_ENTITY = 11
BAD_CHAR_REF = 14
MISPLACED_XML_PI = 17
UNCLOSED_CDATA = 20
UNBOUND_PREFIX = 27
_MESSAGES = {
    SYNTAX: "syntax error",
    NO_ELEMENTS: "no element found",
    INVALID_TOKEN: "not well-formed (invalid token)",
    UNCLOSED_TOKEN: "unclosed token",
    TAG_MISMATCH: "mismatched tag",
    DUPLICATE_ATTRIBUTE: "duplicate attribute",
    JUNK_AFTER_DOC_ELEMENT: "junk after document element",
    UNDEFINED_ENTITY: "undefined entity",
    BAD_CHAR_REF: "reference to invalid character number",
    MISPLACED_XML_PI: "XML or text declaration not at start of entity",
    UNCLOSED_CDATA: "unclosed CDATA section",
    UNBOUND_PREFIX: "unbound prefix",
}


class ScanError(Exception):
    """A well-formedness error at an offset of the text read so far."""

    def __init__(self, code, offset):
        Exception.__init__(self, _MESSAGES[code])
        self.code = code
        self.offset = offset


class Scanner:
    """Feeds text to `handler` as it becomes complete."""

    def __init__(self, handler):
        self.handler = handler
        # A TreeBuilder with the default factories and nothing inserted,
        # built in line (see `_dispatch`); the pull parser's event queue and
        # the events it wants.
        self.tree = None
        self.tree_events = None
        self.tree_wanted = ()
        self._text = ""
        self._pos = 0
        # (raw name, reported name, declared namespaces) per open element
        self._open = []
        self._seen_root = False
        self._seen_anything = False
        # What each open element that declared namespaces replaced.
        self._scopes = []
        self._default_ns = None
        self._prefixes = {"xml": _XML_NAMESPACE}
        self._consumed_lines = 0
        self._consumed_line_start = 0

    # -- positions ---------------------------------------------------------

    def position(self, offset):
        """(line, column) of `offset` in the text read so far."""
        before = self._text[:offset]
        line = self._consumed_lines + before.count("\n") + 1
        last = before.rfind("\n")
        if last < 0:
            column = self._consumed_line_start + offset
        else:
            column = offset - last - 1
        return line, column

    def _discard_consumed(self):
        # Keeps the buffer short when a long document arrives in chunks.
        if self._pos > 65536:
            done = self._text[:self._pos]
            newlines = done.count("\n")
            if newlines:
                self._consumed_lines += newlines
                self._consumed_line_start = len(done) - done.rfind("\n") - 1
            else:
                self._consumed_line_start += len(done)
            self._text = self._text[self._pos:]
            self._pos = 0

    # -- the scan ----------------------------------------------------------

    def feed(self, text, final=False):
        self._text += text
        tokens, self._pos = _minipy_xml.tokens(self._text, self._pos, final)
        if tokens:
            self._dispatch(tokens)
        if final:
            if not self._seen_root or self._open:
                raise ScanError(NO_ELEMENTS, len(self._text))
        else:
            self._discard_consumed()

    def _dispatch(self, tokens):
        handler = self.handler
        start = handler.start
        end = handler.end
        data = handler.data
        opened = self._open
        # A plain TreeBuilder is fed in line: the steps of its start, data
        # and end, without a call per token (three calls per element were
        # most of a parse's time).
        tree = self.tree
        if tree is not None:
            stack = tree._stack
            element_class = tree._factory
            new = object.__new__
            queue = self.tree_events
            start_events = queue is not None and "start" in self.tree_wanted
            end_events = queue is not None and "end" in self.tree_wanted
        for token in tokens:
            kind = token[0]
            if kind == 0:
                name = token[1]
                if not opened:
                    if self._seen_root:
                        raise ScanError(JUNK_AFTER_DOC_ELEMENT, token[4])
                    self._seen_root = True
                attrs = token[2]
                if self._scopes or token[5] or ":" in name:
                    self._namespaced_start(name, attrs, token[3], token[4], token[5])
                    continue
                if tree is not None:
                    if tree._data:
                        tree._flush()
                    elem = new(element_class)
                    elem.tag = name
                    elem.attrib = {} if attrs is None else attrs
                    elem._children = []
                    if stack:
                        stack[-1]._children.append(elem)
                    elif tree._root is None:
                        tree._root = elem
                    tree._last = elem
                    if start_events:
                        queue.append(("start", elem))
                    if token[3]:
                        tree._last_ended = True
                        if end_events:
                            queue.append(("end", elem))
                    else:
                        stack.append(elem)
                        tree._last_ended = False
                        opened.append((name, name, False))
                    self._seen_anything = True
                    continue
                # No namespace is in scope here (a default one would be).
                start(name, {} if attrs is None else attrs)
                if token[3]:
                    end(name)
                else:
                    opened.append((name, name, False))
            elif kind == 1:
                if not opened:
                    raise ScanError(INVALID_TOKEN, token[2] + 1)
                name, key, scoped = opened.pop()
                if name != token[1]:
                    raise ScanError(TAG_MISMATCH, token[2] + 2)
                if tree is not None:
                    if tree._data:
                        tree._flush()
                    elem = stack.pop()
                    tree._last = elem
                    tree._last_ended = True
                    if end_events:
                        queue.append(("end", elem))
                else:
                    end(key)
                if scoped:
                    self._close_scope()
            elif kind == 2:
                if opened:
                    if tree is not None:
                        tree._data.append(token[1])
                    else:
                        data(token[1])
                elif not token[1].isspace():
                    if self._seen_root:
                        stripped = len(token[1]) - len(token[1].lstrip())
                        raise ScanError(JUNK_AFTER_DOC_ELEMENT, token[2] + stripped)
                    raise ScanError(INVALID_TOKEN, token[2] + len(token[1].rstrip()))
            elif kind == 3:
                if tree is None:
                    handler.comment(token[1])
            elif kind == 4:
                self._processing_instruction(token[1], token[2], token[3])
            elif kind == 5:
                if opened:
                    raise ScanError(INVALID_TOKEN, token[1] + 2)
                if self._seen_root:
                    raise ScanError(JUNK_AFTER_DOC_ELEMENT, token[1])
            else:
                raise ScanError(token[1], token[2])
            self._seen_anything = True

    def _processing_instruction(self, target, text, offset):
        if target == "xml":
            if self._seen_root and not self._open:
                raise ScanError(JUNK_AFTER_DOC_ELEMENT, offset)
            if offset != 0 or self._seen_anything:
                raise ScanError(MISPLACED_XML_PI, offset)
            return
        if self.tree is None:
            self.handler.pi(target, text)

    # -- namespaces ----------------------------------------------------------

    def _namespaced_start(self, name, attrs, empty, offset, declares):
        declared = None
        if declares:
            declared = {}
            plain = {}
            for key, value in attrs.items():
                if key.startswith("xmlns") and (len(key) == 5 or key[5] == ":"):
                    declared[key] = value
                else:
                    plain[key] = value
            attrs = plain
        if declared is not None:
            self._declare(declared)
        key = self._qualify(name, True, offset)
        qualified = {}
        if attrs:
            for attr, value in attrs.items():
                qualified[self._qualify(attr, False, offset)] = value
        self.handler.start(key, qualified)
        if empty:
            self.handler.end(key)
            if declared is not None:
                self._close_scope()
        else:
            self._open.append((name, key, declared is not None))

    def _declare(self, declared):
        saved = (self._default_ns, dict(self._prefixes), list(declared))
        self._scopes.append(saved)
        start_ns = self.handler.start_ns
        for key, uri in declared.items():
            prefix = key[6:]
            if prefix:
                self._prefixes[prefix] = uri
            else:
                self._default_ns = uri or None
            start_ns(prefix, uri)

    def _close_scope(self):
        saved = self._scopes.pop()
        self._default_ns, self._prefixes, keys = saved
        end_ns = self.handler.end_ns
        for key in reversed(keys):
            end_ns(key[6:])

    def _qualify(self, name, is_element, offset):
        prefix, colon, local = name.partition(":")
        if colon:
            uri = self._prefixes.get(prefix)
            if uri is None:
                raise ScanError(UNBOUND_PREFIX, offset)
            return "{" + uri + "}" + local
        if is_element and self._default_ns is not None:
            return "{" + self._default_ns + "}" + name
        return name
