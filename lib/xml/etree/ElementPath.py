"""The path language of Element.find, findall, iterfind and findtext.

The subset of XPath that ElementTree documents: `tag`, `*`, `.`, `..`,
`//`, `{uri}tag`, `{*}tag`, `prefix:tag` (with a namespaces map), and the
predicates `[@attr]`, `[@attr='v']`, `[@attr!='v']`, `[tag]`,
`[tag='text']`, `[tag!='text']`, `[.='text']`, `[.!='text']`, `[n]`,
`[last()]` and `[last()-n]`. minipy's own implementation.
"""

import re

_TOKEN = re.compile(
    r"\{[^}]*\}[^/\[\]@=!\s()]*"   # {uri}tag, {*}tag
    r"|//|\.\.|!=|\(\)"
    r"|'[^']*'|\"[^\"]*\""
    r"|[/.*\[\]@=()\-]"
    r"|[^/\[\]@=!\s()'\"\-]+(?:-[^/\[\]@=!\s()'\"\-]+)*"
    r"|\s+"
)

_cache = {}


class _Context:
    """What one search needs besides the elements: the root, for `..`."""

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parent_of(self, elem):
        if self._parents is None:
            self._parents = {}
            for parent in self.root.iter():
                for child in parent:
                    self._parents[child] = parent
        return self._parents.get(elem)


def _tokens(path):
    out = []
    at = 0
    while at < len(path):
        m = _TOKEN.match(path, at)
        if m is None or not m.group():
            raise SyntaxError("invalid path")
        if not m.group().isspace():
            out.append(m.group())
        at = m.end()
    return out


def _resolve_name(name, namespaces):
    if name[:1] == "{" or name in ("*", ".", ".."):
        return name
    prefix, colon, local = name.partition(":")
    if colon and namespaces is not None:
        if prefix not in namespaces:
            raise SyntaxError("prefix %r not found in prefix map" % prefix)
        return "{%s}%s" % (namespaces[prefix], local)
    if namespaces and namespaces.get(""):
        return "{%s}%s" % (namespaces[""], name)
    return name


def _tag_test(tag):
    """A function telling whether an element's tag matches `tag`."""
    if tag == "*":
        return None
    if tag[:3] == "{*}":
        local = tag[3:]
        suffix = "}" + local

        def any_namespace(t):
            return isinstance(t, str) and (t == local or t.endswith(suffix))
        return any_namespace
    if tag[:2] == "{}":
        bare = tag[2:]
        return lambda t: t == bare
    return lambda t: t == tag


def _child_step(test):
    def select(context, elems):
        for elem in elems:
            for child in elem:
                if test is None or test(child.tag):
                    yield child
    return select


def _descendant_step(test):
    def select(context, elems):
        for elem in elems:
            for found in elem.iter():
                if found is not elem and (test is None or test(found.tag)):
                    yield found
    return select


def _self_step(context, elems):
    yield from elems


def _parent_step(context, elems):
    seen = set()
    for elem in elems:
        parent = context.parent_of(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _text_of(elem):
    return "".join(elem.itertext())


def _predicate(tokens, namespaces):
    """A filter step from the tokens between `[` and `]`."""
    if not tokens:
        raise SyntaxError("invalid predicate")
    first = tokens[0]
    if first == "@":
        if len(tokens) == 2:
            key = tokens[1]

            def has_attribute(context, elems):
                for elem in elems:
                    if elem.get(key) is not None:
                        yield elem
            return has_attribute
        if len(tokens) == 4 and tokens[2] in ("=", "!=") and tokens[3][:1] in "'\"":
            key, value = tokens[1], tokens[3][1:-1]
            if tokens[2] == "=":
                def attribute_equals(context, elems):
                    for elem in elems:
                        if elem.get(key) == value:
                            yield elem
                return attribute_equals

            def attribute_differs(context, elems):
                for elem in elems:
                    if elem.get(key) != value:
                        yield elem
            return attribute_differs
        raise SyntaxError("invalid attribute predicate")
    if first.isdigit() or first == "last":
        if first.isdigit():
            index = int(first) - 1
            if index < 0 or len(tokens) != 1:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if tokens[1:2] != ["()"]:
                raise SyntaxError("unsupported function")
            rest = tokens[2:]
            if not rest:
                index = -1
            elif len(rest) == 2 and rest[0] == "-" and rest[1].isdigit():
                index = -1 - int(rest[1])
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                raise SyntaxError("XPath offset from last() must be negative")

        def position(context, elems):
            for elem in elems:
                parent = context.parent_of(elem)
                if parent is None:
                    continue
                same = [child for child in parent if child.tag == elem.tag]
                try:
                    if same[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return position
    if len(tokens) == 1:
        test = _tag_test(_resolve_name(first, namespaces))

        def has_child(context, elems):
            for elem in elems:
                for child in elem:
                    if test is None or test(child.tag):
                        yield elem
                        break
        return has_child
    if len(tokens) == 3 and tokens[1] in ("=", "!=") and tokens[2][:1] in "'\"":
        value = tokens[2][1:-1]
        equal = tokens[1] == "="
        if first == ".":
            def own_text(context, elems):
                for elem in elems:
                    if (_text_of(elem) == value) == equal:
                        yield elem
            return own_text
        test = _tag_test(_resolve_name(first, namespaces))

        def child_text(context, elems):
            for elem in elems:
                for child in elem:
                    if (test is None or test(child.tag)) and (_text_of(child) == value) == equal:
                        yield elem
                        break
        return child_text
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    tokens = _tokens(path)
    if tokens[:1] == ["/"]:
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    at = 0
    descendant = False
    while at < len(tokens):
        token = tokens[at]
        at += 1
        if token == "//":
            if descendant:
                raise SyntaxError("invalid descendant")
            descendant = True
            if at == 1:
                steps.append(_self_step)
            continue
        if token == "/":
            raise SyntaxError("invalid path")
        if token == "@" or token in "[]=" or token in ("!=", "()"):
            raise SyntaxError("invalid path")
        if token == ".":
            step = _self_step if not descendant else _descendant_step(None)
        elif token == "..":
            if descendant:
                raise SyntaxError("invalid descendant")
            step = _parent_step
        else:
            test = _tag_test(_resolve_name(token, namespaces))
            step = _descendant_step(test) if descendant else _child_step(test)
        descendant = False
        steps.append(step)
        while at < len(tokens) and tokens[at] == "[":
            close = at + 1
            while close < len(tokens) and tokens[close] != "]":
                close += 1
            if close == len(tokens):
                raise SyntaxError("invalid predicate")
            steps.append(_predicate(tokens[at + 1:close], namespaces))
            at = close + 1
        if at < len(tokens):
            if tokens[at] == "//":
                continue
            if tokens[at] != "/":
                raise SyntaxError("invalid path")
            at += 1
            if at == len(tokens):
                raise SyntaxError("invalid path")
    if descendant:
        raise SyntaxError("invalid descendant")
    return steps


def _steps(path, namespaces):
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is None:
        if len(_cache) > 100:
            _cache.clear()
        steps = _compile(path, namespaces)
        _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    """Elements matching `path` below `elem`, in document order."""
    if path[-1:] == "/":
        path = path + "*"
    steps = _steps(path, namespaces)
    context = _Context(elem)
    result = iter((elem,))
    for step in steps:
        result = step(context, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        found = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return found.text or ""
