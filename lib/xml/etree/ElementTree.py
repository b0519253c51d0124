"""xml.etree.ElementTree: an XML document as a tree of Elements.

minipy's own implementation of the module's documented interface:
Element, SubElement, Comment, ProcessingInstruction, QName, ElementTree,
parse, iterparse, fromstring/XML, fromstringlist, tostring, tostringlist,
dump, indent, register_namespace, iselement, TreeBuilder, XMLParser,
XMLPullParser and ParseError. Parsing goes through minipy's scanner
(`xml.etree._scanner`) where CPython uses expat; serialisation writes what
CPython writes. C14N (`canonicalize`) is not provided.
"""

import collections
import io
import re
import sys

from . import ElementPath
from ._scanner import Scanner, ScanError

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLParser", "XMLPullParser",
    "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A document that is not well-formed XML; `code` is expat's error
    number and `position` its (line, column)."""


def iselement(element):
    return hasattr(element, "tag")


def _check_element(e, method, position=""):
    if not isinstance(e, Element):
        raise TypeError("%s() argument%s must be xml.etree.ElementTree.Element, not %s"
                        % (method, position, type(e).__name__))


class Element:
    """One XML element: a tag, an attribute dict, text, tail, children."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if type(attrib) is not dict and not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra} if extra else attrib.copy()
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    # makeelement, copies and SubElement make plain Elements, also from a
    # subclass, as CPython's C Element does.
    def makeelement(self, tag, attrib):
        return Element(tag, attrib)

    def __copy__(self):
        elem = Element(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem._children = list(self._children)
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = Element(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        for child in self._children:
            elem._children.append(deepcopy(child, memo))
        memo[id(self)] = elem
        return elem

    def __len__(self):
        return len(self._children)

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            elements = list(element)
            for e in elements:
                _check_element(e, "__setitem__")
            self._children[index] = elements
        else:
            _check_element(element, "__setitem__")
            self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        _check_element(subelement, "append")
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for element in elements:
            _check_element(element, "extend")
        self._children.extend(elements)

    def insert(self, index, subelement):
        _check_element(subelement, "insert", " 2")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None:
            return self._iter_all()
        return self._iter_tag(tag)

    def _iter_all(self):
        # An explicit stack: a deep tree costs no nested generators.
        stack = [iter((self,))]
        while stack:
            for elem in stack[-1]:
                yield elem
                if elem._children:
                    stack.append(iter(elem._children))
                break
            else:
                stack.pop()

    def _iter_tag(self, tag):
        for elem in self._iter_all():
            if elem.tag == tag:
                yield elem

    def itertext(self):
        # Comments and processing instructions give their text too, as
        # CPython's (C) Element does.
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    """A new Element appended to `parent`."""
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % type(attrib).__name__)
    element = Element(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name: `QName(uri, tag)` is "{uri}tag"."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __le__(self, other):
        return self.text <= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)


# -- serialisation -----------------------------------------------------------

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

_HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
               "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}


def register_namespace(prefix, uri):
    """Serialise names in namespace `uri` with `prefix`."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _cannot_serialize(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


# What each writer escapes, in the order it is replaced ("&" first).
_CDATA_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTRIB_ESCAPES = _CDATA_ESCAPES + (("\"", "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))
_HTML_ATTRIB_ESCAPES = (("&", "&amp;"), (">", "&gt;"), ("\"", "&quot;"))


def _escape(text, escapes):
    try:
        for raw, escaped in escapes:
            if raw in text:
                text = text.replace(raw, escaped)
        return text
    except (TypeError, AttributeError):
        _cannot_serialize(text)


def _escape_cdata(text):
    # Most text has nothing to escape: answered without the table walk.
    if type(text) is str and "&" not in text and "<" not in text and ">" not in text:
        return text
    return _escape(text, _CDATA_ESCAPES)


def _escape_attrib(text):
    return _escape(text, _ATTRIB_ESCAPES)


def _escape_attrib_html(text):
    return _escape(text, _HTML_ATTRIB_ESCAPES)


def _qualified_names(root, default_namespace):
    """Each tag and attribute name's serialised form, and the namespaces
    (uri -> prefix) the root element must declare."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(name):
        if not isinstance(name, str):
            _cannot_serialize(name)
        if name[:1] == "{":
            uri, _, local = name[1:].rpartition("}")
            prefix = namespaces.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(namespaces)
                if prefix != "xml":
                    namespaces[uri] = prefix
            qnames[name] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            qnames[name] = name

    for elem in root.iter():
        tag = elem.tag
        if type(tag) is str:
            if tag not in qnames:
                add(tag)
        elif isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _cannot_serialize(tag)
        if elem.attrib:
            for key, value in elem.items():
                if isinstance(key, QName):
                    key = key.text
                if key not in qnames:
                    add(key)
                if isinstance(value, QName) and value.text not in qnames:
                    add(value.text)
        text = elem.text
        if text is not None and type(text) is not str and isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _write_start_tag(out, tag, elem, qnames, namespaces, escape):
    """`<tag` with the root's namespace declarations and the attributes
    (the closing `>` or ` />` is the caller's)."""
    out.append("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda item: item[1]):
            out.append(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_attrib(uri)))
    for key, value in elem.attrib.items():
        if isinstance(key, QName):
            key = key.text
        if isinstance(value, QName):
            value = qnames[value.text]
        else:
            value = escape(value)
        out.append(' %s="%s"' % (qnames[key], value))


def _write_xml(out, elem, qnames, namespaces, short_empty):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        out.append("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        out.append("<?%s?>" % text)
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                out.append(_escape_cdata(text))
            for child in elem:
                _write_xml(out, child, qnames, None, short_empty)
        else:
            if namespaces or elem.attrib:
                _write_start_tag(out, tag, elem, qnames, namespaces, _escape_attrib)
            else:
                out.append("<" + tag)
            # An Element's own list, read directly: len() and iteration
            # through its methods cost two calls per element.
            children = elem._children if type(elem) is Element else list(elem)
            if text or children or not short_empty:
                out.append(">")
                if text:
                    out.append(_escape_cdata(text))
                for child in children:
                    _write_xml(out, child, qnames, None, short_empty)
                out.append("</" + tag + ">")
            else:
                out.append(" />")
    if elem.tail:
        out.append(_escape_cdata(elem.tail))


def _write_html(out, elem, qnames, namespaces):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        out.append("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        out.append("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                out.append(_escape_cdata(text))
            for child in elem:
                _write_html(out, child, qnames, None)
        else:
            _write_start_tag(out, tag, elem, qnames, namespaces, _escape_attrib_html)
            out.append(">")
            lowered = tag.lower()
            if text:
                out.append(text if lowered in ("script", "style") else _escape_cdata(text))
            for child in elem:
                _write_html(out, child, qnames, None)
            if lowered not in _HTML_EMPTY:
                out.append("</" + tag + ">")
    if elem.tail:
        out.append(_escape_cdata(elem.tail))


def _serialize(root, method, default_namespace, short_empty):
    out = []
    if method == "text":
        out.extend(root.itertext())
        if root.tail:
            out.append(root.tail)
        return "".join(out)
    qnames, namespaces = _qualified_names(root, default_namespace)
    if method == "html":
        _write_html(out, root, qnames, namespaces)
    else:
        _write_xml(out, root, qnames, namespaces, short_empty)
    return "".join(out)



class ElementTree:
    """A whole document: a root element, parsed from or written to a file."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        text = _serialize(self._root, method, default_namespace, short_empty_elements)
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and encoding.lower() not in ("utf-8", "us-ascii", "unicode"))):
            declared = encoding
            if encoding.lower() == "unicode":
                declared = "utf-8"
            text = "<?xml version='1.0' encoding='%s'?>\n" % declared + text
        if encoding.lower() == "unicode":
            data = text
        else:
            data = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(data)
        else:
            mode = "w" if isinstance(data, str) else "wb"
            if mode == "w":
                with open(file_or_filename, mode, encoding="utf-8") as f:
                    f.write(data)
            else:
                with open(file_or_filename, mode) as f:
                    f.write(data)

    def write_c14n(self, file):
        raise NotImplementedError("C14N is not provided by minipy")


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The element and its subtree serialised: a str for
    encoding="unicode", bytes otherwise."""
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """tostring's result as a list: for encoding="unicode" the pieces as
    they were written (as CPython's), otherwise one bytes object."""
    text = tostring(element, encoding, method, xml_declaration=xml_declaration,
                    default_namespace=default_namespace,
                    short_empty_elements=short_empty_elements)
    if encoding != "unicode":
        return [text]
    parts = []
    if text.startswith("<?xml "):
        declaration = text[:text.index("\n") + 1]
        parts.append(declaration)
    method = method or "xml"
    if method == "text":
        parts.append(text[len("".join(parts)):])
        return parts
    qnames, namespaces = _qualified_names(element, default_namespace)
    if method == "html":
        _write_html(parts, element, qnames, namespaces)
    else:
        _write_xml(parts, element, qnames, namespaces, short_empty_elements)
    return parts


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the subtree in place: each level on its own line."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %s" % level)
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def indent_children(elem, level):
        while len(indentations) <= level + 1:
            indentations.append(indentations[-1] + space)
        child_indentation = indentations[level + 1]
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                indent_children(child, level + 1)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    indent_children(tree, 0)


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


# -- parsing -----------------------------------------------------------------

class TreeBuilder:
    """Builds Elements from parser events (start, data, end, ...)."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._stack = []
        self._last = None
        self._root = None
        self._last_ended = False
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        assert not self._stack, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._last_ended:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        if self._data:
            self._flush()
        elem = self._factory(tag, attrs)
        self._last = elem
        stack = self._stack
        if stack:
            parent = stack[-1]
            if type(parent) is Element and type(elem) is Element:
                parent._children.append(elem)
            else:
                parent.append(elem)
        elif self._root is None:
            self._root = elem
        stack.append(elem)
        self._last_ended = False
        return elem

    def end(self, tag):
        if self._data:
            self._flush()
        self._last = self._stack.pop()
        assert self._last.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._last_ended = True
        return self._last

    def comment(self, text):
        return self._single(self._comment_factory(text), self.insert_comments)

    def pi(self, target, text=None):
        return self._single(self._pi_factory(target, text), self.insert_pis)

    def _single(self, elem, insert):
        if insert:
            self._flush()
            self._last = elem
            if self._stack:
                self._stack[-1].append(elem)
            self._last_ended = True
        return elem


def _ignore(*args):
    return None


def _plain_tree_builder(target):
    """Whether `target` is a TreeBuilder that only builds Elements, so the
    scanner may do its steps in line."""
    return (type(target) is TreeBuilder and target._factory is Element
            and target._comment_factory is Comment and target._pi_factory is PI
            and not target.insert_comments and not target.insert_pis)


class _Callbacks:
    """The scanner's handler when no events are recorded: the target's
    own methods, called directly."""

    def __init__(self, target):
        for name in ("start", "end", "data", "comment", "pi", "start_ns", "end_ns"):
            setattr(self, name, getattr(target, name, None) or _ignore)


class _Events:
    """The scanner's handler: calls the target's methods and, for a pull
    parser, records the events asked for."""

    def __init__(self, target):
        self.target = target
        self.queue = None
        self.wanted = ()
        self._start = getattr(target, "start", None)
        self._end = getattr(target, "end", None)
        self._data = getattr(target, "data", None)
        self._comment = getattr(target, "comment", None)
        self._pi = getattr(target, "pi", None)
        self._start_ns = getattr(target, "start_ns", None)
        self._end_ns = getattr(target, "end_ns", None)

    def start(self, tag, attrib):
        elem = self._start(tag, attrib) if self._start is not None else None
        if "start" in self.wanted:
            self.queue.append(("start", elem))

    def end(self, tag):
        elem = self._end(tag) if self._end is not None else None
        if "end" in self.wanted:
            self.queue.append(("end", elem))

    def data(self, text):
        if self._data is not None:
            self._data(text)

    def comment(self, text):
        made = self._comment(text) if self._comment is not None else None
        if "comment" in self.wanted:
            self.queue.append(("comment", made))

    def pi(self, target, text):
        made = self._pi(target, text) if self._pi is not None else None
        if "pi" in self.wanted:
            self.queue.append(("pi", made))

    def start_ns(self, prefix, uri):
        made = self._start_ns(prefix, uri) if self._start_ns is not None else None
        if "start-ns" in self.wanted:
            self.queue.append(("start-ns", made if self._start_ns is not None else (prefix or "", uri or "")))

    def end_ns(self, prefix):
        made = self._end_ns(prefix) if self._end_ns is not None else None
        if "end-ns" in self.wanted:
            self.queue.append(("end-ns", made))


_DECLARED_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._\-]+)[\"']")


class XMLParser:
    """Parses XML fed as str or bytes, in any chunks, into `target`
    (a TreeBuilder unless given)."""

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self._scanner = Scanner(_Callbacks(target))
        if _plain_tree_builder(target):
            self._scanner.tree = target
        self._encoding = encoding
        self._pending = b""
        self._closed = False
        self.entity = {}
        self.version = "minipy XML scanner"

    def _error(self, err):
        line, column = self._scanner.position(err.offset)
        error = ParseError("%s: line %d, column %d" % (err.args[0], line, column))
        error.code = err.code
        error.position = (line, column)
        raise error from None

    def _feed_text(self, text, final):
        try:
            self._scanner.feed(text, final)
        except ScanError as err:
            self._error(err)

    def _decode(self, data, final):
        if self._encoding is None:
            if data[:3] == b"\xef\xbb\xbf":
                data = data[3:]
                self._encoding = "utf-8"
            elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                self._encoding = "utf-16"
            else:
                if not final and b"?>" not in data and data.lstrip()[:5] == b"<?xml"[:len(data.lstrip()[:5])]:
                    return None
                m = _DECLARED_ENCODING.match(data)
                self._encoding = m.group(1).decode("ascii") if m else "utf-8"
        try:
            return data.decode(self._encoding)
        except LookupError:
            raise LookupError("unknown encoding: %s" % self._encoding) from None
        except UnicodeDecodeError as err:
            self._error(ScanError(4, err.start))

    def feed(self, data):
        if isinstance(data, str):
            self._feed_text(data, False)
            return
        data = self._pending + bytes(data)
        if self._encoding is not None and self._encoding.lower().replace("-", "").replace("_", "") in ("utf16", "utf32"):
            self._pending = data
            return
        # Bytes up to the last ">" decode on their own in any ASCII-based
        # encoding; the rest waits for the next chunk.
        cut = data.rfind(b">") + 1
        if cut == 0 or self._encoding is None and not data[:cut].strip():
            self._pending = data
            return
        text = self._decode(data[:cut], False)
        if text is None:
            self._pending = data
            return
        self._pending = data[cut:]
        self._feed_text(text, False)

    def flush(self):
        pass

    def close(self):
        text = ""
        if self._pending:
            text = self._decode(self._pending, True)
            self._pending = b""
        self._feed_text(text, True)
        close = getattr(self.target, "close", None)
        if close is not None:
            return close()
        return None

    def _setevents(self, queue, events):
        wanted = []
        for event in events:
            if event not in ("start", "end", "comment", "pi", "start-ns", "end-ns"):
                raise ValueError("unknown event %r" % event)
            wanted.append(event)
        events = _Events(self.target)
        events.queue = queue
        events.wanted = tuple(wanted)
        self._scanner.handler = events
        if self._scanner.tree is not None:
            if "comment" in wanted or "pi" in wanted:
                self._scanner.tree = None
            else:
                self._scanner.tree_events = queue
                self._scanner.tree_wanted = events.wanted


class XMLPullParser:
    """Parses what is fed so far and hands back the events it produced."""

    def __init__(self, events=None, *, _parser=None):
        self._queue = collections.deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def flush(self):
        pass

    def read_events(self):
        queue = self._queue
        while queue:
            event = queue.popleft()
            if isinstance(event, Exception):
                raise event
            yield event


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self.root = None
        self._close_source = not hasattr(source, "read")
        if self._close_source:
            source = open(source, "rb")
        self._source = source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._steps = self._run()

    def _run(self):
        try:
            while True:
                yield from self._pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                self._pull.feed(data)
            root = self._pull._close_and_return_root()
            yield from self._pull.read_events()
            self.root = root
        finally:
            if self._close_source:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._steps)


def iterparse(source, events=None, parser=None):
    """(event, element) pairs as the document in `source` (a file name or
    a binary file) is read; the iterator's `root` is set at its end."""
    return _IterParseIterator(source, events, parser)



def XML(text, parser=None):
    """The root Element of the document in `text` (str or bytes)."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


_Element_Py = Element
