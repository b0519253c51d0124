# xml.etree.ElementTree: building trees and writing them out. Serialised
# bytes, escaping, namespaces and prefixes, QName, indent, the text and
# html methods, copies, and the errors of a wrong argument.
import copy
import io
import xml.etree.ElementTree as ET

root = ET.Element("catalog", {"version": "2"}, lang="en")
book = ET.SubElement(root, "book", id="b1")
book.text = "Fish & <Chips>"
book.tail = "\n"
ET.SubElement(book, "title").text = "Caf\u00e9 \"quoted\" 'single'"
price = ET.SubElement(book, "price", currency="EUR", note="a\tb\nc\rd \"e\" <f> & g")
price.text = "12.50"
empty = ET.SubElement(root, "empty")
root.append(ET.Comment(" a comment "))
root.append(ET.ProcessingInstruction("render", "fast"))

print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="utf8")[:60])
print(ET.tostring(root, encoding="latin-1")[:60])
print(ET.tostring(root, xml_declaration=True)[:60])
print(ET.tostring(empty, short_empty_elements=False))
print(ET.tostring(root, method="text", encoding="unicode"))
print(ET.tostring(root, method="html", encoding="unicode"))
print(ET.tostringlist(book, encoding="unicode"))
print(ET.tostringlist(book), ET.tostringlist(empty, encoding="unicode", xml_declaration=True))

# Structure.
print(len(root), root[0].tag, root[-1].text, [e.tag for e in root[:2]])
print([e.tag for e in root.iter() if isinstance(e.tag, str)])
print([e.tag for e in root.iter("price")], list(book.itertext()))
print(root.get("lang"), root.get("missing"), root.get("missing", "-"), sorted(root.keys()), sorted(root.items()))
root.set("lang", "fr")
print(root.attrib)
print(ET.iselement(root), ET.iselement("root"), bool(len(empty)))

# Namespaces: generated prefixes, registered ones, a default namespace.
ns = ET.Element("{urn:a}doc")
ET.SubElement(ns, "{urn:b}item", {"{urn:a}key": "1", "plain": "2"}).text = "x"
ET.SubElement(ns, "{http://www.w3.org/XML/1998/namespace}lang-holder")
print(ET.tostring(ns))
ET.register_namespace("bee", "urn:b")
print(ET.tostring(ns))
qualified = ET.Element("{urn:a}doc")
ET.SubElement(qualified, "{urn:a}kid", {"{urn:b}attr": "v"})
print(ET.tostring(qualified, default_namespace="urn:a"))
try:
    ET.tostring(ET.Element("bare"), default_namespace="urn:x")
except ValueError as err:
    print("ValueError:", err)
try:
    ET.register_namespace("ns7", "urn:reserved")
except ValueError as err:
    print("ValueError:", err)
q = ET.QName("urn:q", "name")
print(q, repr(q), q == "{urn:q}name", q == ET.QName("{urn:q}name"), hash(q) == hash("{urn:q}name"))
qe = ET.Element(q, {"ref": ET.QName("urn:q", "other")})
print(ET.tostring(qe))

# indent and dump.
pretty = ET.fromstring("<a><b><c>x</c><c/></b><d/></a>")
ET.indent(pretty)
ET.dump(pretty)
ET.indent(pretty, space="\t", level=1)
print(repr(ET.tostring(pretty, encoding="unicode")))

# Copies and removal.
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow[0] is root[0], deep[0] is root[0], ET.tostring(deep) == ET.tostring(root))
del root[1]
root.remove(book)
root.insert(0, ET.Element("first"))
root.extend([ET.Element("x1"), ET.Element("x2")])
print([e.tag for e in root if isinstance(e.tag, str)])
root[0] = ET.Element("replaced")
root[1:3] = [ET.Element("s1")]
print([e.tag if isinstance(e.tag, str) else "special" for e in root])
root.clear()
print(root.tag, root.attrib, len(root), root.text, root.tail)

# ElementTree.write to a stream, as bytes or str.
tree = ET.ElementTree(ET.fromstring("<r><k>v\u00e9</k></r>"))
out = io.BytesIO()
tree.write(out)
print(out.getvalue())
out = io.BytesIO()
tree.write(out, encoding="utf-8", xml_declaration=True)
print(out.getvalue())
text_out = io.StringIO()
tree.write(text_out, encoding="unicode")
print(text_out.getvalue())
print(tree.getroot().tag, tree.find("k").text, tree.findtext("k"), [e.tag for e in tree.iter()])

for bad in (lambda: root.append("text"), lambda: ET.Element("a", "b"),
            lambda: ET.SubElement(root, "a", []), lambda: root.insert(0, 5),
            lambda: ET.tostring(ET.Element(5)), lambda: root.remove(ET.Element("nope"))):
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)


# A subclass of Element: SubElement, makeelement and copies make plain
# Elements (CPython's C Element does), and it is written like any element.
class Node(ET.Element):
    def describe(self):
        return "%s with %d children" % (self.tag, len(self))


node = Node("node", kind="sub")
ET.SubElement(node, "leaf").text = "a < b"
ET.SubElement(node, "leaf", {"x": "1"})
print(node.describe(), type(node[0]).__name__, ET.tostring(node))
print(ET.tostring(node, encoding="unicode", short_empty_elements=False))
print(type(node.makeelement("m", {})).__name__, type(copy.copy(node)).__name__,
      type(copy.deepcopy(node)).__name__, hasattr(node, "copy"))
